// Analyses of the alliance graph: pure functions, model (or graph) in, value out; tested in
// tests/analysis-*. The light analyses are here; blocs and centrality have entries of their own
// (lib/analysis/blocs, lib/analysis/centrality), loaded on demand, so only their types are here.
export * from "./balance";
export * from "./compare";
export * from "./dyad";
export * from "./shared";
export type { Bloc } from "./blocs/match-blocs";
export type { Centrality } from "./centrality/centrality-of";
