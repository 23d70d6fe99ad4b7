// Per-year layouts (ForceAtlas2 and untangling): their own entry, so the browser's first load never carries them.
export * from "./year-layouts";
export * from "./places-of-model";
export * from "./one-place-per-actor";
