// `npm run test:e2e`: finds or installs a browser, then runs Playwright against a production build.
import { spawnSync } from "node:child_process";
import { findBrowser } from "./find-browser.mjs";

let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (browser.executablePath !== null) env.ALLEGIANCES_CHROMIUM = browser.executablePath;
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
