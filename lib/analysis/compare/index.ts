// Compare two years: what formed, ended and held, relation by relation and pair by pair.
export * from "./changes-by-pair";
export * from "./compare-years";
