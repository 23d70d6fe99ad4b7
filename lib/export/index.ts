// Data exports of a snapshot: JSON (re-validates), GEXF 1.3 (dynamic), GraphML, CSV (one row per
// claim) and the Markdown bibliography; each writer escapes everything it writes.
export * from "./describe-scope";
export * from "./formats";
export * from "./info";
export * from "./to-csv";
export * from "./to-gexf";
export * from "./to-graphml";
export * from "./to-json-snapshot";
export * from "./to-sources-markdown";
export * from "./xml";
