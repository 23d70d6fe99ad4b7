// Blocs: Louvain communities of the friendly graph, matched year to year. Heavy (Louvain,
// seedrandom): the explorer loads this entry on first use, never on the first paint.
export * from "./blocs-by-year";
export * from "./detect-blocs";
export * from "./match-blocs";
export * from "./positive-graph-at";
export * from "./bloc-reasons";
