// Analyses of the alliance graph: pure functions, graph (or model) in, value out; tested in tests/analysis-*.
// The explorer imports the modules themselves, not this barrel, so Louvain and the centrality
// metrics load only with the views that need them.
export * from "./balance-series";
export * from "./blocs-by-year";
export * from "./centrality-at";
export * from "./centrality-of";
export * from "./changes-by-pair";
export * from "./compare-years";
export * from "./detect-blocs";
export * from "./dyad-alignments";
export * from "./dyad-relations";
export * from "./find-triads";
export * from "./match-blocs";
export * from "./memo-per-model";
export * from "./most-connected";
export * from "./pair-key";
export * from "./positive-graph-at";
export * from "./signed-pairs";
export * from "./triads-at";
export * from "./year-graph-at";
