import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");
const CORPUS = path.resolve("../shared/seeds");

function runValidate(args: string[]) {
  const result = spawnSync(TSX, ["scripts/validate.ts", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the shipped data in a temporary folder, broken by `edit`. */
function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "allegiances-data-"));
  cpSync("data", dir, { recursive: true });
  edit(dir);
  return dir;
}

describe("npm run validate", () => {
  it("prints a one-line summary and exits 0 for the shipped data", () => {
    const { status, stdout } = runValidate(["--corpus", CORPUS]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/valid: data: \d+ actors, \d+ relations, \d+ claims, \d+ sources, \d+ disputes; (\d+)\/\1 quotes verified/);
  });

  it("says plainly when quotes were not checked", () => {
    const { status, stdout } = runValidate(["--no-corpus"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/quotes NOT checked/);
  });

  it("fails on a broken copy, naming file, record and field for every problem", () => {
    let first = "";
    const dir = brokenCopy((copy) => {
      const relationsDir = path.join(copy, "relations");
      const file = path.join(relationsDir, readdirSync(relationsDir).filter((name) => name.endsWith(".json")).sort()[0]!);
      const json = JSON.parse(readFileSync(file, "utf8"));
      first = json.relations[0].id;
      json.relations[0].type = "friend";
      json.relations[0].claims[0].quote += " And something no source says.";
      json.relations[1].target = "atlantis";
      writeFileSync(file, JSON.stringify(json));
    });
    const { status, stderr } = runValidate(["--data", dir, "--corpus", CORPUS]);
    expect(status).toBe(1);
    expect(stderr).toContain(`record "${first}", field type:`);
    expect(stderr).toContain(`record "${first}", field claims[0].quote: quote not found verbatim`);
    expect(stderr).toMatch(/field target: unknown actor "atlantis"/);
    expect(stderr).toMatch(/relations\/[\w-]+\.json/);
    expect(stderr).toMatch(/is invalid: 3 error\(s\)/);
  });

  it("rejects unknown options with usage and exit 2", () => {
    const { status, stderr } = runValidate(["--dta", "x"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: npm run validate/);
  });
});
