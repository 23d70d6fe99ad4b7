// `npm run validate [-- --data DIR] [-- --corpus DIR]`: checks a dataset and every quote in it.
// The data defaults to $ALLEGIANCES_DATA, else ./data; the corpus to DIR/corpus, else ../shared/seeds.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultCorpusDir, defaultDataDir, validateDataDir } from "../lib/dataset/load-dataset";
import { formatProblem } from "../lib/dataset/problem";
import { formatValidationSummary } from "../lib/dataset/summary";

const USAGE = "usage: npm run validate -- [--data DIR or SNAPSHOT.json] [--corpus DIR | --no-corpus]";

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      options: { data: { type: "string" }, corpus: { type: "string" }, "no-corpus": { type: "boolean" }, help: { type: "boolean" } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`validate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: args, positionals } = parsed;
  // `npm run validate --data DIR` (without "--") reaches us as npm config: npm_config_data=true plus DIR.
  const fromNpm = (name: string) => {
    const value = process.env[`npm_config_${name}`];
    if (value === undefined || value === "") return undefined;
    return value === "true" ? positionals.shift() : value;
  };
  args.data ??= fromNpm("data");
  args.corpus ??= fromNpm("corpus");
  if (positionals.length > 0) {
    console.error(`validate: unexpected argument ${positionals[0]}\n${USAGE}`);
    return 2;
  }
  if (args.help === true) {
    console.log(USAGE);
    return 0;
  }
  const dataDir = path.resolve(args.data ?? defaultDataDir());
  // Without --corpus: DIR/corpus when the data directory has one, else ../shared/seeds.
  const defaultCorpus = defaultCorpusDir(dataDir);
  let corpusDir: string | null = null;
  if (args.corpus !== undefined) {
    corpusDir = path.resolve(args.corpus);
    if (!existsSync(corpusDir)) {
      console.error(`validate: corpus directory ${args.corpus} not found`);
      return 2;
    }
  } else if (args["no-corpus"] !== true && defaultCorpus !== null) {
    corpusDir = defaultCorpus;
  }

  const report = validateDataDir(dataDir, corpusDir);
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  for (const problem of [...errors, ...warnings]) console.error(formatProblem(problem));
  if (errors.length > 0) {
    console.error(`\nvalidate: ${path.relative(process.cwd(), dataDir) || dataDir} is invalid: ${errors.length} error(s), ${warnings.length} warning(s).`);
    return 1;
  }
  console.log(formatValidationSummary(report, path.relative(process.cwd(), dataDir) || dataDir));
  return 0;
}

process.exitCode = main();
