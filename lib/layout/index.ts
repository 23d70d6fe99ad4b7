// Where actors go on the map: one settings table, seeded and repeatable, no renderer.
export * from "./layout-options";
export * from "./one-edge-per-pair";
export * from "./seeded-random";
export * from "./label-box";
export * from "./layout-quality";
export * from "./untangle";
export * from "./year-graphs";
export * from "./year-places";
export * from "./arrangement";
