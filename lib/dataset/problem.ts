/** One thing wrong (or doubtful) in a dataset, located precisely enough to fix without searching. */
export interface Problem {
  severity: "error" | "warning";
  /** The data file, as given to the validator (e.g. "data/relations/iran-taliban.json"). */
  file: string;
  /** The record's id, or "#3" for the fourth record when it has no usable id; null for the whole file. */
  record: string | null;
  /** Dotted path inside the record: "claims[0].quote"; "" for the record itself. */
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.record === null ? null : `record "${problem.record}"`, problem.field === "" ? null : `field ${problem.field}`]
    .filter((part): part is string => part !== null)
    .join(", ");
  return `${problem.severity}: ${where}: ${problem.message}`;
}

/** Renders a zod-style path (["claims", 0, "quote"]) as "claims[0].quote". */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

export class DatasetError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    super(`dataset: ${errors.length} problem(s) found:\n${errors.map(formatProblem).join("\n")}`);
    this.name = "DatasetError";
    this.problems = problems;
  }
}
