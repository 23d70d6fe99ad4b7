// The layout of big graphs (ForceAtlas2): its own entry, loaded only when a graph is too big for fcose.
export * from "./big-graph-positions";
