export * from "./actor";
export * from "./dispute";
export * from "./files";
export * from "./ids";
export * from "./partial-date";
export * from "./relation";
export * from "./relation-types";
export * from "./source";
