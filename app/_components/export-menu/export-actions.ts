import type { Core } from "cytoscape";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { describeFigure, figureSvg, layoutFigure } from "@/lib/figure";
import { serializeViewState } from "@/lib/view-state";
import { EXPORT_FORMATS, exportFileName, type ExportFormatId, pictureFileName, todayIso } from "@/lib/export";
import type { ExportContext, ExportOutcome, FileExport } from "./export-menu-items";
import { fitGraph, graphBitmap, graphSvg } from "./graph-image";
import { paintFigurePng } from "./picture-png";
import { saveBlob, saveText } from "./save-file";

// What the Export menu's picture and data entries run. Loaded on the menu's first opening (see
// ./export-menu-items), so the writers, papaparse and the figure code stay out of the first load.

// Pictures are as sharp as a 2× screen, whatever the screen exporting them.
const PICTURE_PIXEL_RATIO = 2;

// The credit line's link: this site with the view's own query (the URL may lag while scrubbing).
const viewLink = (view: ExportContext["view"]): string => `${window.location.origin}/${serializeViewState(view)}`;

/** Writes `file` from the view on screen and saves it. */
export function runFileExport(file: FileExport, context: ExportContext): Promise<ExportOutcome> {
  if (file.kind === "data") return Promise.resolve(saveData(file.format, file.allYears, context));
  return file.format === "png" ? savePng(context) : saveSvg(context);
}

async function savePng({ cy, model, view }: ExportContext): Promise<ExportOutcome> {
  const drawn = mustHaveMap(cy);
  const words = describeFigure(model, view, viewLink(view));
  const fit = fitGraph(drawn);
  const layout = layoutFigure(words.caption, words.legend, fit.frame, fit.graph);
  const bitmap = fit.graph === null ? null : await graphBitmap(drawn, fit, PICTURE_PIXEL_RATIO);
  try {
    return saved(await paintFigurePng(layout, bitmap, PICTURE_PIXEL_RATIO), pictureFileName("png", view.year, view.month ?? null));
  } finally {
    bitmap?.close();
  }
}

async function saveSvg({ cy, model, view }: ExportContext): Promise<ExportOutcome> {
  const drawn = mustHaveMap(cy);
  const words = describeFigure(model, view, viewLink(view));
  const fit = fitGraph(drawn);
  const layout = layoutFigure(words.caption, words.legend, fit.frame, fit.graph);
  const graph = fit.graph === null ? null : await graphSvg(drawn, fit);
  const blob = new Blob([figureSvg(layout, words.caption, graph)], { type: "image/svg+xml;charset=utf-8" });
  return saved(blob, pictureFileName("svg", view.year, view.month ?? null));
}

/** A text export of the snapshot, computed from the data (never read back from the canvas). */
function saveData(format: ExportFormatId, allYears: boolean, { model, view }: ExportContext): ExportOutcome {
  const year = allYears ? null : view.year;
  const month = allYears ? null : (view.month ?? null);
  const snapshot = snapshotRecordsOf(model, { year, month, filters: view.filters });
  const name = exportFileName(format, year, month);
  saveText(EXPORT_FORMATS[format].write(snapshot, todayIso()), EXPORT_FORMATS[format].contentType, name);
  return { message: `Saved ${name}` };
}

function mustHaveMap(cy: Core | null): Core {
  if (cy === null) throw new Error("the map is still being drawn; try again in a moment");
  return cy;
}

function saved(blob: Blob, name: string): ExportOutcome {
  saveBlob(blob, name);
  return { message: `Saved ${name}` };
}
