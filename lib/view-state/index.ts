// The explorer's state as it lives in the URL: pure, zod-parsed, unit-tested in tests/url-state.test.ts.
export * from "./analysis-state";
export * from "./parse-view-state";
export * from "./serialize-view-state";
export * from "./view-context";
export * from "./view-state";
export * from "./with-analysis";
export * from "./map-href";
export * from "./dataset-param";
export * from "./time-params";
