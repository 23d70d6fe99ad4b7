import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) => spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/export.ts", ...args], { encoding: "utf8" });

describe("npm run export", () => {
  it("writes a year's GEXF to --out, creating folders", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "allegiances-export-")), "snapshots", "2001.gexf");
    const result = run(["--year", "2001", "--format", "gexf", "--out", out, "--types", "ally,enemy,cooperates"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/wrote .*2001\.gexf \(\d+ actors, \d+ relations\)/);
    const text = readFileSync(out, "utf8");
    expect(text).toContain('mode="dynamic"');
    expect(text).not.toMatch(/<attvalue for="relation_type" value="(?!ally|enemy|cooperates)/);
  });

  it.each([
    [["--year", "2001"], /--format is required/],
    [["--format", "pdf"], /--format: unknown format "pdf"/],
    [["--format", "csv", "--year", "abc"], /--year: "abc" is not a year/],
    [["--format", "csv", "--colour", "red"], /Unknown option '--colour'/],
  ])("%j fails with usage and exit 2", (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("usage: npm run export");
  });

  it("refuses an invalid dataset with the validator's messages", () => {
    const result = run(["--format", "csv", "--data", path.resolve("tests")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/missing: a dataset needs actors\.json/);
  });
});
