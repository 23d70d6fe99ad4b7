// Helpers every analysis shares.
export * from "./memo-per-model";
export * from "./pair-key";
export * from "./counted-relations";
