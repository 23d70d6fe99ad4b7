// Building a dataset in the browser: edits as pure state producers, each checked by the validator's
// own schemas and cross-record checks; undo/redo; the live quote check; data files, zip and snapshot.
// Browser-safe (no Node built-ins): the editor's forms run it on the page.
export * from "./apply-edit";
export * from "./data-files";
export * from "./editable-dataset";
export * from "./edits";
export * from "./history";
export * from "./quote-check";
export * from "./record-files";
export * from "./snapshot-text";
export * from "./validate-editable";
export * from "./zip-files";
// The validator's problem and its one-line wording, for the page (lib/dataset's entry reads files).
export { formatProblem, type Problem } from "../dataset/problem";
