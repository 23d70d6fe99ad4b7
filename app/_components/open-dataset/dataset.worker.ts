// The web worker that opens a dataset: import and validation, per-year layout, IndexedDB. The page
// stays responsive meanwhile, and zod, the workbook reader and the layout never load with the page.
import { createStore, del, get, set } from "idb-keyval";
import { buildAllianceModel } from "@/lib/graph";
import { formatImportProblem, importDataset } from "@/lib/import";
import { onePlacePerActor, placesOfModel } from "@/lib/layout/years";
import { type LocalDataset, LocalDatasetSchema } from "./local-dataset";
import type { PastedText, WorkerReply, WorkerRequest } from "./worker-protocol";

const store = () => createStore("allegiances", "local-dataset");
const KEY = "local";
const reply = (message: WorkerReply) => postMessage(message);

async function open(name: string, files: { path: string; bytes: Uint8Array }[], pasted: readonly PastedText[]): Promise<void> {
  const given = pasted.map((text) => ({ ...text, from: `the pasted text ${text.name}` }));
  const result = await importDataset(files, given, (step) => reply({ type: "progress", step }));
  if (!result.ok) return reply({ type: "problems", problems: result.problems.map((problem) => ({ severity: problem.severity, text: formatImportProblem(problem) })) });
  await save({ name: name.slice(0, 300), summary: result.summary.slice(0, 2000), warnings: result.warnings.length, dataset: result.dataset, texts: result.texts, places: null });
}

async function save(local: LocalDataset): Promise<void> {
  reply({ type: "progress", step: "laying out" });
  // Past the per-year layout's limit the one big layout is computed here too: on the page it
  // would hold the main thread for seconds. A dataset with no relation yet has no years to lay out.
  const model = local.dataset.relations.length === 0 ? null : buildAllianceModel(local.dataset);
  const laidOut: LocalDataset = { ...local, places: model === null ? null : (placesOfModel(model) ?? onePlacePerActor(model)) };
  reply({ type: "progress", step: "saving" });
  await set(KEY, laidOut, store());
  reply({ type: "opened", local: laidOut });
}

async function restore(): Promise<void> {
  const kept: unknown = await get(KEY, store());
  if (kept === undefined) return reply({ type: "restored", local: null, problem: "No dataset is kept in this browser (it was closed, or the browser's data was cleared)." });
  // What IndexedDB holds is parsed like any input: another tab or an older version may have written it.
  const parsed = LocalDatasetSchema.safeParse(kept);
  if (!parsed.success) return reply({ type: "restored", local: null, problem: `The dataset kept in this browser could not be read (${parsed.error.issues[0]?.message ?? "invalid"}); open it again.` });
  reply({ type: "restored", local: parsed.data, problem: null });
}

addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const run =
    request.type === "open" ? open(request.name, request.files, request.pasted) : request.type === "save" ? save(request.local) : request.type === "restore" ? restore() : del(KEY, store()).then(() => reply({ type: "closed" }));
  run.catch((error: unknown) => reply({ type: "failed", message: error instanceof Error ? error.message : String(error) }));
});
