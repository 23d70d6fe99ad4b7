// The closed vocabularies (relation types, actor kinds, evidence kinds, source kinds) and partial
// dates, without zod: the browser reads them without shipping the schema library, and the zod
// schemas in lib/schema build their enums from the same arrays.
export * from "./dates";
export * from "./vocabulary";
export * from "./plain-http-url";
export * from "./source-reference";
export * from "./source-label";
export * from "./contest-rules";
