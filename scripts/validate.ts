// `npm run validate [-- --data DIR] [-- --corpus DIR | --no-corpus]`: checks a dataset and every quote in it.
// The data defaults to $ALLEGIANCES_DATA, else ./data; the corpus to $ALLEGIANCES_CORPUS, else DIR/corpus.
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultCorpusDir, defaultDataDir, noCorpusProblem, unverifiedAllowed, validateDataDir } from "../lib/dataset/load-dataset";
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
  if (args.corpus !== undefined && args["no-corpus"] === true) {
    console.error(`validate: --corpus and --no-corpus contradict each other\n${USAGE}`);
    return 2;
  }
  const dataDir = path.resolve(args.data ?? defaultDataDir());
  const dataLabel = path.relative(process.cwd(), dataDir) || dataDir;
  // ALLEGIANCES_UNVERIFIED=1 is the app's opt-out; `npm start` validates first, so it counts here too.
  const skipQuotes = args["no-corpus"] === true || (args.corpus === undefined && unverifiedAllowed());
  const corpusDir = args.corpus !== undefined ? path.resolve(args.corpus) : skipQuotes ? null : defaultCorpusDir(dataDir);
  if (corpusDir === null && !skipQuotes) {
    console.error(formatProblem(noCorpusProblem(dataDir)).replace("ALLEGIANCES_UNVERIFIED=1", "ALLEGIANCES_UNVERIFIED=1 (or pass --no-corpus)"));
    console.error(`\nvalidate: ${dataLabel} cannot be verified: no corpus directory.`);
    return 1;
  }

  const report = validateDataDir(dataDir, corpusDir);
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  for (const problem of [...errors, ...warnings]) console.error(formatProblem(problem));
  if (errors.length > 0) {
    console.error(`\nvalidate: ${dataLabel} is invalid: ${errors.length} error(s), ${warnings.length} warning(s).`);
    return 1;
  }
  console.log(formatValidationSummary(report, dataLabel));
  return 0;
}

process.exitCode = main();
