// Finds a Chromium for the end-to-end tests: Playwright's own when installed (a laptop after
// `npx playwright install chromium`), else the system's; as root on Debian, installs `chromium`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** Returns { executablePath } (null means Playwright's bundled browser) or throws with what to do. */
export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.ALLEGIANCES_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`find-browser: ALLEGIANCES_CHROMIUM=${fromEnv} does not exist`);
    return { executablePath: fromEnv };
  }
  if (existsSync(chromium.executablePath())) return { executablePath: null };
  const system = SYSTEM_BROWSERS.find((file) => existsSync(file));
  if (system) return { executablePath: system };

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (install && isRoot && hasApt) {
    console.log("find-browser: no Chromium found; installing Debian's chromium (apt-get install chromium)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (existsSync("/usr/bin/chromium")) return { executablePath: "/usr/bin/chromium" };
  }
  throw new Error(
    "find-browser: no Chromium found. Run `npx playwright install chromium`, install your system's chromium, or set ALLEGIANCES_CHROMIUM=/path/to/chrome.",
  );
}
