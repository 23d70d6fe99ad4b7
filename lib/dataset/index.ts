// The single door data comes in by: reading files safely, parsing record by record, every
// cross-record check, and every quote against its source text. Node-only (it reads files).
export * from "./load-dataset";
export * from "./locate-quote";
export * from "./source-reading";
export * from "./problem";
export * from "./read-corpus-dir";
export * from "./summary";
export * from "./validate-dataset";
