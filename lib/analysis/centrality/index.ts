// Influence: betweenness and degree in a year's graph. Heavy (graphology-metrics): loaded on demand.
export * from "./centrality-at";
export * from "./centrality-of";
export * from "./most-connected";
export * from "./year-graph-at";
