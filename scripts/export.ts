// `npm run export -- --year 2001 (or --date 2001-10) --format gexf --out snapshots/2001.gexf [--types ally,enemy] [--data DIR]`
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../lib/dataset/load-dataset";
import { currentModel } from "../lib/server";
import { DatasetError, formatProblem } from "../lib/dataset/problem";
import { snapshotRecordsOf } from "../lib/snapshot";
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, todayIso } from "../lib/export/formats";
import { parseExportQuery } from "../lib/server/parse-export-query";

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMAT_IDS.join("|")} [--year YEAR|all | --date YYYY-MM] [--types ally,enemy] [--evidence fact,participant] [--source ID] [--data DIR|FILE] [--out FILE]
Writes to --out, or to standard output without it.`;

function main(): number {
  let values;
  try {
    values = parseArgs({
      options: {
        year: { type: "string" }, date: { type: "string" }, format: { type: "string" }, types: { type: "string" }, evidence: { type: "string" },
        source: { type: "string" }, data: { type: "string" }, out: { type: "string" }, help: { type: "boolean" },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`export: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  if (values.format === undefined) {
    console.error(`export: --format is required\n${USAGE}`);
    return 2;
  }
  let model;
  try {
    model = currentModel(path.resolve(values.data ?? defaultDataDir()));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const problem of error.problems.filter((p) => p.severity === "error")) console.error(formatProblem(problem));
    console.error("export: the dataset is invalid; nothing written");
    return 1;
  }
  const params = new URLSearchParams();
  for (const name of ["year", "date", "format", "types", "evidence", "source"] as const) {
    const value = values[name];
    if (value !== undefined) params.set(name, value);
  }
  const parsed = parseExportQuery(params, model);
  if (!parsed.ok) {
    console.error(`export: --${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { scope, format } = parsed.query;
  const snapshot = snapshotRecordsOf(model, scope);
  const text = EXPORT_FORMATS[format].write(snapshot, todayIso());
  if (values.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  writeFileSync(values.out, text);
  console.error(`export: wrote ${values.out} (${snapshot.actors.length} actors, ${snapshot.relations.length} relations)`);
  return 0;
}

process.exitCode = main();
