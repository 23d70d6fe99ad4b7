// Server-only: the model of the configured dataset, built once per process, for the pages, the API and the CLI.
export * from "./current-model";
export * from "./export-cache";
export * from "./cached-export-response";
export * from "./parse-export-query";
export * from "./source-text";
export * from "./year-places";
