import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brokenCopy, runValidate } from "./fixtures/validate-cli";

const edit = (file: string, change: (json: Record<string, unknown[]>) => void) => {
  const json = JSON.parse(readFileSync(file, "utf8"));
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
};
const firstActor = (json: Record<string, unknown[]>) => json.actors![0] as Record<string, unknown>;

// Each case breaks a copy of the shipped data the way a user's disk or editor might, and names
// what the validator must say. None may crash (a stack trace), hang, or bury the real error.
const CASES: { name: string; broken: (dir: string) => void; says: RegExp[]; atMostErrors?: number; args?: (dir: string) => string[] }[] = [
  { name: "a symbolic-link loop in relations/", broken: (d) => symlinkSync("loop.json", path.join(d, "relations", "loop.json")), says: [/relations\/loop\.json: a symbolic link loop; not followed/] },
  { name: "a directory named *.json", broken: (d) => mkdirSync(path.join(d, "relations", "folder.json")), says: [/relations\/folder\.json: .*not a regular file|relations\/folder\.json: directory/] },
  { name: "a FIFO among the relations (must not hang)", broken: (d) => execFileSync("mkfifo", [path.join(d, "relations", "pipe.json")]), says: [/relations\/pipe\.json: a named pipe \(FIFO\), not a regular file/] },
  {
    name: "a symbolic link out of the data directory (never followed, never echoed)",
    broken: (d) => {
      writeFileSync(path.join(path.dirname(d), `${path.basename(d)}-secret.json`), "TOP-SECRET-CONTENT");
      symlinkSync(path.join(path.dirname(d), `${path.basename(d)}-secret.json`), path.join(d, "relations", "outside.json"));
    },
    says: [/relations\/outside\.json: a symbolic link pointing outside/],
  },
  { name: "--corpus pointing at a file", broken: () => undefined, args: () => ["--corpus", "data/actors.json"], says: [/the corpus must be a directory of source texts, but this is a file/] },
  { name: "a broken symbolic link in the corpus", broken: (d) => symlinkSync("gone.txt", path.join(d, "corpus", "dangling.txt")), says: [/corpus\/dangling\.txt: a broken symbolic link/] },
  {
    name: "a JSON syntax error in actors.json (no knock-on unknown-actor errors)",
    broken: (d) => writeFileSync(path.join(d, "actors.json"), readFileSync(path.join(d, "actors.json"), "utf8").replace('"iran",', '"iran"')),
    says: [/actors\.json: not valid JSON at line \d+, column \d+: a ',' was expected/, /references to actors were not checked, because actors.json could not be read/],
    atMostErrors: 1,
  },
  { name: "actors.json that is not an object", broken: (d) => writeFileSync(path.join(d, "actors.json"), "[1, 2]"), says: [/actors\.json: expected an object/], atMostErrors: 1 },
  { name: "invalid UTF-8, named by byte offset", broken: (d) => writeFileSync(path.join(d, "disputes.json"), Buffer.concat([Buffer.from('{"disputes": ["'), Buffer.from([0xc3, 0x28]), Buffer.from('"]}')])), says: [/disputes\.json: not valid UTF-8: invalid byte 0xc3 at byte offset 15/] },
  { name: "a 5,000-character name", broken: (d) => edit(path.join(d, "actors.json"), (j) => (firstActor(j).name = "N".repeat(5000))), says: [/field name: at most 120 characters \(this one has 5000\)/] },
  { name: "a bidi override in a name", broken: (d) => edit(path.join(d, "actors.json"), (j) => (firstActor(j).name = "Ira\u202en")), says: [/field name: contains a bidirectional-override character .*U\+202E, at character 4/] },
  { name: "a zero-width space in an alias", broken: (d) => edit(path.join(d, "actors.json"), (j) => (firstActor(j).aliases = ["Teh\u200bran"])), says: [/field aliases\[0\]: contains an invisible \(zero-width\) character/] },
  { name: "a bad date, quoted in the message", broken: (d) => edit(path.join(d, "relations", "iran-taliban.json"), (j) => ((j.relations![0] as Record<string, unknown>).start = "Oct 2001")), says: [/field start: "Oct 2001" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD/] },
];

describe("npm run validate on broken files", () => {
  it.each(CASES)("$name: a named message, no crash", ({ broken, says, atMostErrors, args }) => {
    const dir = brokenCopy(broken);
    const result = runValidate(args?.(dir) ?? ["--data", dir]);
    expect(result.timedOut).toBe(false);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)|TypeError|Error:/);
    for (const pattern of says) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toContain("TOP-SECRET-CONTENT");
    if (atMostErrors !== undefined) expect(Number(/(\d+) error\(s\)/.exec(result.stderr)?.[1])).toBeLessThanOrEqual(atMostErrors);
  });

  it("accepts a UTF-8 byte-order mark (editors on Windows add one)", () => {
    const dir = brokenCopy((d) => writeFileSync(path.join(d, "actors.json"), "\ufeff" + readFileSync(path.join(d, "actors.json"), "utf8")));
    const result = runValidate(["--data", dir]);
    expect(result.status, result.stderr).toBe(0);
  });

  it("moving a source text away is an error on the source, not a silent skip", () => {
    const dir = brokenCopy((d) => {
      renameSync(path.join(d, "corpus", "mepa-iran-us-cooperation.txt"), path.join(d, "mepa.txt"));
      rmSync(path.join(d, "corpus", "mepa-iran-us-cooperation.txt.provenance.json"));
    });
    const result = runValidate(["--data", dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/sources\.json, record "mepa-iran-us-cooperation", field corpusFile: "mepa-iran-us-cooperation\.txt" is not in the corpus directory/);
  });
});
