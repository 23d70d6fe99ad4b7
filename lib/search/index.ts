// Finding actors by name or alias, as the search box does: pure, tested in tests/search-actors.test.ts.
export * from "./search-actors";
