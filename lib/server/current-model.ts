import { type AllianceModel, buildAllianceModel } from "../graph";
import { defaultDataDir, loadDataset } from "../dataset";
import { processWide } from "./process-wide";

const models = processWide("models", () => new Map<string, AllianceModel>());

/** The model of the configured dataset, built once per process (the API and pages share it). */
export function currentModel(dataDir: string = defaultDataDir()): AllianceModel {
  const cached = models.get(dataDir);
  if (cached !== undefined) return cached;
  const model = buildAllianceModel(loadDataset(dataDir));
  models.set(dataDir, model);
  return model;
}
