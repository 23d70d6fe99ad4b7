// The map as data: elements, encodings, the mark table, the description of what every element shows, and the applier (against a minimal core, so lib/ never imports Cytoscape).
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
export * from "./pair-lines";
export * from "./pair-marks";
