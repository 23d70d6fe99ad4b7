// The one cut of the model that every feature reads: a year (or every year) and its filters.
export * from "./snapshot-of";
export * from "./snapshot-records";
export * from "./snapshot-file-scope";
export * from "./snapshot-pairs";
