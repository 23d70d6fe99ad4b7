// The time-indexed graph built once from a validated dataset: graphology, no React, no Cytoscape.
export * from "./alliance-model";
export * from "./build-graph";
export * from "./time-index";
export * from "./pair-key";
export * from "./edges-between";
