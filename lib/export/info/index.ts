// The export formats by name, for the menu: tiny and writer-free, so the first load carries no writer.
export * from "./format-info";
