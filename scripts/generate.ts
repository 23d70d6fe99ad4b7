// `npm run generate -- --actors 2000 --relations 20000 --seed 1 --out DIR`: a synthetic dataset,
// valid under the schema, with its own corpus in DIR/corpus so every quote verifies.
import path from "node:path";
import { parseArgs } from "node:util";
import { generateDataset } from "../lib/generate/generate-dataset";
import { writeDataset } from "../lib/generate/write-dataset";

const USAGE = "usage: npm run generate -- --out DIR [--actors 2000] [--relations 20000] [--seed 1] [--first-year 1975] [--years 50]";

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

function main(): number {
  let values;
  try {
    values = parseArgs({
      options: {
        actors: { type: "string" }, relations: { type: "string" }, seed: { type: "string" }, out: { type: "string" },
        "first-year": { type: "string" }, years: { type: "string" }, help: { type: "boolean" },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`generate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  if (values.out === undefined) {
    console.error(`generate: --out is required\n${USAGE}`);
    return 2;
  }
  let options;
  try {
    options = {
      actors: positiveInt("actors", values.actors, 2000),
      relations: positiveInt("relations", values.relations, 20000),
      firstYear: positiveInt("first-year", values["first-year"], 1975),
      years: positiveInt("years", values.years, 50),
      seed: values.seed ?? "1",
    };
    if (options.actors < 2) throw new Error("--actors must be at least 2");
  } catch (error) {
    console.error(`generate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const data = generateDataset(options);
  const out = path.resolve(values.out);
  const { files, bytes } = writeDataset(out, data);
  const claims = data.relations.reduce((sum, r) => sum + r.claims.length, 0);
  console.log(
    `generate: wrote ${path.relative(process.cwd(), out) || out}: ${data.actors.length} actors, ${data.relations.length} relations, ${claims} claims, ` +
      `${data.sources.length} sources, ${data.disputes.length} disputes (seed ${options.seed}; ${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms)`,
  );
  return 0;
}

process.exitCode = main();
