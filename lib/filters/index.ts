// Filters are part of the core: the snapshot, the exports, the API and the URL all read them here.
export * from "./relation-filters";
export * from "./relation-predicate";
export * from "./list-param";
