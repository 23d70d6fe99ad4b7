import { dataFilesOf, zipFiles } from "@/lib/edit";
import { csvZipBytes, templateDataset, workbookBytes } from "@/lib/import";
import type { Dataset } from "@/lib/schema";
import { currentModel, sourceText } from "@/lib/server";

type Write = (dataset: Dataset, texts: ReadonlyMap<string, string>) => Promise<Uint8Array>;

// The template is written from the served data by code, once per process: a few real rows with their
// source texts; the built-in data whole, as data files with its corpus (where "Start from the built-in data" begins).
const FILES: Record<string, { type: string; whole: boolean; write: Write }> = {
  "allegiances-template.xlsx": { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", whole: false, write: workbookBytes },
  "allegiances-template-csv.zip": { type: "application/zip", whole: false, write: async (dataset, texts) => csvZipBytes(dataset, texts) },
  "allegiances-data.zip": { type: "application/zip", whole: true, write: async (dataset, texts) => zipFiles(await dataFilesOf({ dataset, texts: Object.fromEntries(texts) })) },
};
const written = new Map<string, Promise<Uint8Array>>();

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const entry = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (entry === undefined) return new Response(`no template "${file.slice(0, 80)}"; there are ${Object.keys(FILES).join(", ")}`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  let bytes = written.get(file);
  if (bytes === undefined) {
    const model = currentModel();
    const dataset = entry.whole ? model.dataset : templateDataset(model.dataset);
    const texts = new Map(dataset.sources.flatMap((source) => {
      const text = sourceText(model, source.id);
      return text === null ? [] : [[source.corpusFile, text] as const];
    }));
    bytes = entry.write(dataset, texts);
    written.set(file, bytes);
  }
  return new Response((await bytes) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": entry.type, "Content-Disposition": `attachment; filename="${file}"` } });
}
