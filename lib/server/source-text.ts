import path from "node:path";
import type { AllianceModel } from "../graph";
import { defaultCorpusDir, defaultDataDir, readCorpusDir } from "../dataset";
import { findSource, isQuoteVerified } from "../view";

const texts = new Map<string, ReadonlyMap<string, string> | null>();

/**
 * A source's full text from the corpus its quotes were checked against (read once per process),
 * or null when the dataset was served without one (its quotes are then marked not verified).
 */
export function sourceText(model: AllianceModel, sourceId: string, dataDir: string = defaultDataDir()): string | null {
  const source = findSource(model, sourceId);
  if (source === null || !isQuoteVerified(model.dataset, sourceId)) return null;
  const key = path.resolve(dataDir);
  if (!texts.has(key)) {
    const corpusDir = defaultCorpusDir(key);
    texts.set(key, corpusDir === null ? null : (readCorpusDir(corpusDir).corpus?.texts ?? null));
  }
  return texts.get(key)?.get(source.corpusFile) ?? null;
}
