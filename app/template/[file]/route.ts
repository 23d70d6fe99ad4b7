import { csvZipBytes, templateDataset, workbookBytes } from "@/lib/import";
import { currentModel, sourceText } from "@/lib/server";

// The template is written from the served data by code, once per process: a few real rows with their source texts.
const FILES = {
  "allegiances-template.xlsx": { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write: workbookBytes },
  "allegiances-template-csv.zip": { type: "application/zip", write: async (...args: Parameters<typeof csvZipBytes>) => csvZipBytes(...args) },
} as const;
const written = new Map<string, Promise<Uint8Array>>();

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const entry = Object.hasOwn(FILES, file) ? FILES[file as keyof typeof FILES] : undefined;
  if (entry === undefined) return new Response(`no template "${file.slice(0, 80)}"; there are ${Object.keys(FILES).join(", ")}`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  let bytes = written.get(file);
  if (bytes === undefined) {
    const model = currentModel();
    const template = templateDataset(model.dataset);
    const texts = new Map(template.sources.flatMap((source) => {
      const text = sourceText(model, source.id);
      return text === null ? [] : [[source.corpusFile, text] as const];
    }));
    bytes = entry.write(template, texts);
    written.set(file, bytes);
  }
  return new Response((await bytes) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": entry.type, "Content-Disposition": `attachment; filename="${file}"` } });
}
