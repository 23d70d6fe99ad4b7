// Synthetic datasets shaped like real data (seeded): valid under the schema, with a corpus that holds every quote.
export * from "./generate-dataset";
export * from "./write-dataset";
