// Years: the spans records hold, and the years a dataset covers.
export * from "./dataset-years";
export * from "./year-span";
export * from "./year-param";
