// Pure helpers for the graph view: element data, styles as data, filters. No React, no Cytoscape.
export * from "./elements";
export * from "./encodings";
export * from "./fit-viewport";
export * from "./relation-filter";
export * from "./search-actors";
export * from "./shown-relations";
export * from "./stylesheet";
export * from "./legend-glyphs";
export * from "./wrappable-label";
