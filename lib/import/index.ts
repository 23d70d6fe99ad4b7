// Bringing data in: files a person brings (snapshot, data files, zip, workbook, CSV, source texts)
// through the same validation as `npm run validate`. Pure and browser-safe: it runs in a web worker.
export * from "./brought-file";
export * from "./import-dataset";
export * from "./import-problem";
export * from "./sheets/sheet-columns";
export * from "./source-texts";
export * from "./template/template-dataset";
export * from "./template/write-template";
// A source's text with its quotes located, for the source page of a dataset opened in the browser.
export { sourceReading, type SourceReading, type SourceTextPart, type PassagePiece } from "../dataset/source-reading";
