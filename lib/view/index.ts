// What the panels show, as pure functions of the model: no React, no DOM, unit-tested in tests/view-*.
export * from "./describe-actor";
export * from "./describe-relation";
export * from "./describe-source";
export * from "./describe-span";
export * from "./dispute-sides";
export * from "./evidence";
export * from "./format-date";
export * from "./lookup";
export * from "./map-link";
export * from "./relation-rows";
export * from "./relations-by-counterpart";
export * from "./safe-url";
export * from "./source-usage";
export * from "./timeline";
export * from "./quote-status";
export * from "./dyad-relations";
export * from "./empty-year";
