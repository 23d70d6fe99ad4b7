// Sums the unit (vitest) and end-to-end (Playwright) JSON reports into CI's closing line.
import { existsSync, readFileSync } from "node:fs";

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read("reports/unit.json");
if (unit !== null) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
const e2e = read("reports/e2e.json");
if (e2e !== null) {
  // "flaky" passed on retry; "unexpected" failed.
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
const missing = [unit === null ? "unit" : null, e2e === null ? "end-to-end" : null].filter(Boolean);
if (missing.length > 0) console.log(`count-tests: no ${missing.join(" or ")} report (that stage did not run)`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
