// Years: the spans records hold, the years a dataset covers, and what the sources attest when.
export * from "./alive-in";
export * from "./attestation";
export * from "./attestation-periods";
export * from "./dataset-attestations";
export * from "./dataset-years";
export * from "./day-span";
export * from "./moment";
export * from "./year-span";
export * from "./year-param";
