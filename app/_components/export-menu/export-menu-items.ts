import type { Core } from "cytoscape";
import { EXPORT_FORMAT_INFO, type ExportFormatId } from "@/lib/export/info";
import type { AllianceModel } from "@/lib/graph";
import { type ViewState, wantsLocalDataset } from "@/lib/view-state";
import { copyLink } from "./copy-link";

// The Export menu's entries. Their labels are here, light, for the first paint; what the picture
// and data exports run (the snapshot, the figure, the writers and papaparse) is in
// ./export-actions, loaded when the menu first opens (and awaited, as "Exporting…", by the
// first export if it is not there yet).

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

/** A file the menu saves: a picture of the map, or a data format of one year (or all years). */
export type FileExport = { kind: "picture"; format: "png" | "svg" } | { kind: "data"; format: ExportFormatId; allYears: boolean };

/** Starts loading the export code; the menu calls it on opening, each export awaits it. */
export function loadExportActions() {
  return import("./export-actions");
}

function fileExport(id: string, label: string, file: FileExport): ExportAction {
  return { id, label, run: async (context) => (await loadExportActions()).runFileExport(file, context) };
}

function dataExport(format: ExportFormatId, allYears = false): ExportAction {
  const label = EXPORT_FORMAT_INFO[format].label;
  return fileExport(allYears ? `${format}-all-years` : format, allYears ? `${label}, all years` : label, { kind: "data", format, allYears });
}

const link: ExportAction = {
  id: "link",
  label: "Copy link to this view",
  // The explorer writes year, selection and filters into the URL as they change. Kept out of the
  // lazy code: the clipboard wants the click's user activation, not a wait for a download.
  run: async () => {
    const result = await copyLink(window.location.href);
    // A link to a dataset opened in this browser shows that data only where the same dataset is open.
    const local = wantsLocalDataset(window.location.search) ? " It shows this view only in a browser where the same local dataset is open." : "";
    return result.copied ? { message: local === "" ? "Link copied" : `Link copied.${local}` } : { message: `Could not copy the link (${result.reason}); copy it from the field.${local}`, manualCopy: result.url };
  },
};

/** The menu's entries, in order. Gephi's timeline wants every year, hence the all-years GEXF. */
export function exportGroups(year: number | string): ExportGroup[] {
  return [
    { heading: `Picture of ${year}`, actions: [fileExport("png", "PNG image (2×)", { kind: "picture", format: "png" }), fileExport("svg", "SVG image", { kind: "picture", format: "svg" })] },
    { heading: `Data of ${year}, as filtered`, actions: [dataExport("json"), dataExport("gexf"), dataExport("graphml"), dataExport("csv"), dataExport("sources")] },
    { heading: "Every year, as filtered", actions: [dataExport("gexf", true)] },
    { heading: "Share", actions: [link] },
  ];
}
