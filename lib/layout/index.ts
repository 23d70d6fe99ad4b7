// Where actors go on the map: one settings table, seeded and repeatable, no renderer.
export * from "./layout-options";
export * from "./one-edge-per-pair";
export * from "./seeded-random";
