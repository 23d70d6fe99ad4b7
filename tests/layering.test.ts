import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The pipeline's direction is enforced by lint (eslint.config.mjs): these imports, written into
// files where they would sit, must fail `npm run lint`, and the forward ones must pass.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the layering rule", () => {
  it.each([
    ["lib/dataset/uses-graph.ts", 'import { buildAllianceModel as x } from "../graph";', /lib\/dataset may not import lib\/graph/],
    ["lib/analysis/dyad/uses-view.ts", 'import { describeRelation as x } from "../../view";', /lib\/analysis may not import lib\/view/],
    ["lib/export/uses-canvas.ts", 'import { EDGE_ENCODINGS as x } from "../canvas";', /lib\/export may not import lib\/canvas/],
    ["lib/schema/uses-snapshot.ts", 'import { snapshotOf as x } from "@/lib/snapshot";', /lib\/schema may not import lib\/snapshot/],
    ["lib/graph/uses-react.ts", 'import { useMemo as x } from "react";', /lib\/ holds no React/],
    ["app/_components/x/Deep.tsx", 'import { snapshotOf as x } from "@/lib/snapshot/snapshot-of";', /through its entry/],
    // lib/import runs in a web worker: lib/dataset's entry (node:fs) and Node built-ins would break it.
    ["lib/import/uses-dataset-entry.ts", 'import { loadDataset as x } from "../dataset";', /lib\/dataset's entry reads files/],
    ["lib/import/uses-node.ts", 'import { readFileSync as x } from "node:fs";', /no Node built-ins/],
    ["lib/import/uses-graph.ts", 'import { buildAllianceModel as x } from "../graph";', /lib\/import may not import lib\/graph/],
    // lib/edit runs on the page (the editor's forms): the same two rules.
    ["lib/edit/uses-dataset-entry.ts", 'import { loadDataset as x } from "../dataset";', /lib\/dataset's entry reads files/],
    ["lib/edit/uses-node.ts", 'import { createHash as x } from "node:crypto";', /no Node built-ins/],
    ["lib/dataset/uses-edit.ts", 'import { applyEdit as x } from "../edit";', /lib\/dataset may not import lib\/edit/],
  ])("refuses %s", async (file, code, message) => {
    const errors = await importErrors(file, code);
    expect(errors.join("\n")).toMatch(message);
  });

  it.each([
    ["lib/snapshot/uses-graph.ts", 'import { presentAt as x } from "../graph";'],
    ["lib/canvas/uses-analysis.ts", 'import { compareYears as x } from "../analysis";'],
    ["lib/import/uses-validator.ts", 'import { validateDataset as x } from "../dataset/validate-dataset";'],
    ["lib/edit/uses-validator.ts", 'import { validateDataset as x } from "../dataset/validate-dataset";'],
    ["app/_components/x/Entry.tsx", 'import { snapshotOf as x } from "@/lib/snapshot";'],
    ["app/_components/x/Lazy.tsx", 'import { cachedBlocsByYear as x } from "@/lib/analysis/blocs";'],
  ])("allows %s", async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
