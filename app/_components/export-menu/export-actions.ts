import type { Core } from "cytoscape";
import { exportSnapshot } from "@/lib/export/export-snapshot";
import { describeFigure } from "@/lib/export/figure";
import { layoutFigure } from "@/lib/export/figure-layout";
import { figureSvg } from "@/lib/export/figure-svg";
import { EXPORT_FORMATS, exportFileName, pictureFileName, todayIso, type ExportFormatId } from "@/lib/export/formats";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import type { ViewState } from "@/lib/view-state";
import { copyLink } from "./copy-link";
import { fitGraph, graphBitmap, graphSvg } from "./graph-image";
import { paintFigurePng } from "./picture-png";
import { saveBlob, saveText } from "./save-file";

/** What an export reads: the live instance (pictures only) and the view state on screen. */
export interface ExportContext {
  cy: Core | null;
  model: AllianceModel;
  view: ViewState;
}

/** What the menu says afterwards; `manualCopy` asks it to show a URL to copy by hand. */
export interface ExportOutcome {
  message: string;
  manualCopy?: string;
}

export interface ExportAction {
  id: string;
  label: string;
  run: (context: ExportContext) => Promise<ExportOutcome>;
}

export interface ExportGroup {
  heading: string;
  actions: ExportAction[];
}

// Pictures are as sharp as a 2× screen, whatever the screen exporting them.
const PICTURE_PIXEL_RATIO = 2;

const png: ExportAction = {
  id: "png",
  label: "PNG image (2×)",
  run: async ({ cy, model, view }) => {
    const drawn = mustHaveMap(cy);
    const words = describeFigure(model, view);
    const fit = fitGraph(drawn);
    const layout = layoutFigure(words.caption, words.legend, fit.frame, fit.graph);
    const bitmap = fit.graph === null ? null : await graphBitmap(drawn, fit, PICTURE_PIXEL_RATIO);
    try {
      return saved(await paintFigurePng(layout, bitmap, PICTURE_PIXEL_RATIO), pictureFileName("png", view.year));
    } finally {
      bitmap?.close();
    }
  },
};

const svg: ExportAction = {
  id: "svg",
  label: "SVG image",
  run: async ({ cy, model, view }) => {
    const drawn = mustHaveMap(cy);
    const words = describeFigure(model, view);
    const fit = fitGraph(drawn);
    const layout = layoutFigure(words.caption, words.legend, fit.frame, fit.graph);
    const graph = fit.graph === null ? null : await graphSvg(drawn, fit);
    const blob = new Blob([figureSvg(layout, words.caption, graph)], { type: "image/svg+xml;charset=utf-8" });
    return saved(blob, pictureFileName("svg", view.year));
  },
};

/** A text export of the snapshot, computed from the data (never read back from the canvas). */
function dataExport(format: ExportFormatId, allYears = false): ExportAction {
  return {
    id: allYears ? `${format}-all-years` : format,
    label: allYears ? `${EXPORT_FORMATS[format].label}, all years` : EXPORT_FORMATS[format].label,
    run: async ({ model, view }) => {
      const year = allYears ? null : view.year;
      const snapshot = exportSnapshot(model, { year, filters: view.filters });
      const name = exportFileName(format, year);
      saveText(EXPORT_FORMATS[format].write(snapshot, todayIso()), EXPORT_FORMATS[format].contentType, name);
      return { message: `Saved ${name}` };
    },
  };
}

const link: ExportAction = {
  id: "link",
  label: "Copy link to this view",
  // The explorer writes year, selection and filters into the URL as they change.
  run: async () => {
    const result = await copyLink(window.location.href);
    return result.copied ? { message: "Link copied" } : { message: `Could not copy the link (${result.reason}); copy it from the field.`, manualCopy: result.url };
  },
};

/** The menu's entries, in order. Gephi's timeline wants every year, hence the all-years GEXF. */
export function exportGroups(year: number): ExportGroup[] {
  return [
    { heading: `Picture of ${year}`, actions: [png, svg] },
    { heading: `Data of ${year}, as filtered`, actions: [dataExport("json"), dataExport("gexf"), dataExport("graphml"), dataExport("csv"), dataExport("sources")] },
    { heading: "Every year, as filtered", actions: [dataExport("gexf", true)] },
    { heading: "Share", actions: [link] },
  ];
}

function mustHaveMap(cy: Core | null): Core {
  if (cy === null) throw new Error("the map is still being drawn; try again in a moment");
  return cy;
}

function saved(blob: Blob, name: string): ExportOutcome {
  saveBlob(blob, name);
  return { message: `Saved ${name}` };
}
