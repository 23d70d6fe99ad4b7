// Finding actors by name, alias, the people speaking for them and their descriptions, as the
// search box does: pure, tested in tests/search-actors.test.ts.
export * from "./search-actors";
export * from "./speakers";
