// Pure helpers for the graph view: element data, styles as data, filters. No React, no Cytoscape.
export * from "./elements";
export * from "./encodings";
export * from "./fit-viewport";
export * from "./stylesheet";
export * from "./legend-glyphs";
export * from "./analysis-encodings";
export * from "./apply-canvas";
export * from "./canvas-state";
export * from "./describe-canvas";
export * from "./mark";
export * from "./mark-rules";
export * from "./canvas-stylesheet";
export * from "./wrappable-label";
export * from "./isolated-actors";
