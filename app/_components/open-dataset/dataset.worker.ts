// The web worker that opens a dataset: import and validation, per-year layout, IndexedDB. The page
// stays responsive meanwhile, and zod, exceljs and the layout never load with the page.
import { createStore, del, get, set } from "idb-keyval";
import { buildAllianceModel } from "@/lib/graph";
import { formatImportProblem, importDataset } from "@/lib/import";
import { onePlacePerActor, placesOfModel } from "@/lib/layout/years";
import { type LocalDataset, LocalDatasetSchema } from "./local-dataset";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";

const store = () => createStore("allegiances", "local-dataset");
const KEY = "local";
const reply = (message: WorkerReply) => postMessage(message);

async function open(name: string, files: { path: string; bytes: Uint8Array }[]): Promise<void> {
  const result = await importDataset(files, [], (step) => reply({ type: "progress", step }));
  if (!result.ok) return reply({ type: "problems", problems: result.problems.map((problem) => ({ severity: problem.severity, text: formatImportProblem(problem) })) });
  reply({ type: "progress", step: "laying out" });
  const model = buildAllianceModel(result.dataset);
  // Past the per-year layout's limit the one big layout is computed here too: on the page it
  // would hold the main thread for seconds.
  const places = placesOfModel(model) ?? onePlacePerActor(model);
  const local: LocalDataset = { name: name.slice(0, 300), summary: result.summary.slice(0, 2000), warnings: result.warnings.length, dataset: result.dataset, places };
  reply({ type: "progress", step: "saving" });
  await set(KEY, local, store());
  reply({ type: "opened", local });
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
  const run = request.type === "open" ? open(request.name, request.files) : request.type === "restore" ? restore() : del(KEY, store()).then(() => reply({ type: "closed" }));
  run.catch((error: unknown) => reply({ type: "failed", message: error instanceof Error ? error.message : String(error) }));
});
