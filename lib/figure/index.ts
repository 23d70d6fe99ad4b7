// The map as a figure for a report: its caption, legend and frame laid out, and written as SVG
// (the PNG is painted from the same layout in the browser).
export * from "./figure";
export * from "./figure-caption";
export * from "./figure-layout";
export * from "./figure-legend";
export * from "./figure-svg";
