import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brokenCopy, runValidate } from "./fixtures/validate-cli";

// Each test runs the CLI as a child process (tsx start-up included), several times over.
describe("npm run validate", { timeout: 30_000 }, () => {
  it("prints a one-line summary and exits 0 for the shipped data, every quote checked against data/corpus", () => {
    const { status, stdout } = runValidate([]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/valid: data: \d+ actors, \d+ relations, \d+ claims, \d+ sources, \d+ disputes; (\d+)\/\1 quotes verified against data\/corpus; 0 warning/);
  });

  it("refuses a dataset whose quotes cannot be checked, unless told --no-corpus", () => {
    const dir = brokenCopy((copy) => cpSync(path.join(copy, "corpus"), path.join(path.dirname(copy), `${path.basename(copy)}-texts`), { recursive: true }));
    rmSync(path.join(dir, "corpus"), { recursive: true });
    const refused = runValidate(["--data", dir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/no corpus: the quotes cannot be checked/);
    expect(refused.stdout).toBe("");

    const skipped = runValidate(["--data", dir, "--no-corpus"]);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/quotes NOT checked/);
    expect(runValidate(["--data", dir], { ALLEGIANCES_UNVERIFIED: "1" }).stdout).toMatch(/quotes NOT checked/);
    // A corpus elsewhere can be named.
    expect(runValidate(["--data", dir, "--corpus", `${dir}-texts`]).status).toBe(0);
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
    const { status, stderr } = runValidate(["--data", dir]);
    expect(status).toBe(1);
    expect(stderr).toContain(`record "${first}", field type:`);
    expect(stderr).toContain(`record "${first}", field claims[0].quote: quote not found verbatim`);
    expect(stderr).toMatch(/field target: unknown actor "atlantis"/);
    expect(stderr).toMatch(/relations\/[\w-]+\.json/);
    expect(stderr).toMatch(/is invalid: 3 error\(s\)/);
  });

  it("fails when a corpus text was edited after its provenance was recorded", () => {
    const dir = brokenCopy((copy) => {
      const file = path.join(copy, "corpus", "mepa-iran-us-cooperation.txt");
      writeFileSync(file, readFileSync(file, "utf8") + "\nA sentence added later.\n");
    });
    const { status, stderr } = runValidate(["--data", dir]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/mepa-iran-us-cooperation\.txt\.provenance\.json, field sha256: the text mepa-iran-us-cooperation\.txt has changed/);
  });

  it("rejects unknown options, and contradictory ones, with usage and exit 2", () => {
    for (const args of [["--dta", "x"], ["--corpus", "data/corpus", "--no-corpus"]]) {
      const { status, stderr } = runValidate(args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/usage: npm run validate/);
    }
  });
});
