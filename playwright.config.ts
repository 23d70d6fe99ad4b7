import { defineConfig, devices } from "@playwright/test";

// Set by scripts/run-e2e.mjs when Playwright's own browser is absent (e.g. Debian's /usr/bin/chromium).
const executablePath = process.env.ALLEGIANCES_CHROMIUM;
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The hostile dataset (tests/fixtures/hostile-data) is built into the page, so it needs its own
// build and server: e2e/hostile*.spec.ts run against it, on the next port.
const HOSTILE_PORT = PORT + 1;
const HOSTILE_SPEC = /hostile[^/]*\.spec\.ts$/;
// The same build served again with the first view on (a big dataset's page, tried on the seed
// data): e2e/first-view*.spec.ts run against it, on the port after.
const FIRST_VIEW_PORT = PORT + 2;
const FIRST_VIEW_SPEC = /first-view[^/]*\.spec\.ts$/;
const browserUse = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1400, height: 900 },
  launchOptions: {
    ...(executablePath !== undefined ? { executablePath } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};
const serverEnv = { NEXT_TELEMETRY_DISABLED: "1" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI === "true" ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    acceptDownloads: true,
  },
  projects: [
    { name: "chromium", testIgnore: [HOSTILE_SPEC, FIRST_VIEW_SPEC], use: browserUse },
    { name: "first-view", testMatch: FIRST_VIEW_SPEC, use: { ...browserUse, baseURL: `http://127.0.0.1:${FIRST_VIEW_PORT}` } },
    { name: "hostile", testMatch: HOSTILE_SPEC, use: { ...browserUse, baseURL: `http://127.0.0.1:${HOSTILE_PORT}` } },
  ],
  webServer: [
    {
      // A production build of the app on its own port, so a developer's server on 3000 is left alone.
      command: `npx next build && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      timeout: 240_000,
      // E2E_REUSE=1 runs against servers already started on these ports (a quick loop while writing a spec).
      reuseExistingServer: process.env.E2E_REUSE === "1",
      env: { ...serverEnv, ...(process.env.NEXT_DIST_DIR !== undefined ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}) },
    },
    {
      // Its own build folder, so the two builds never share files.
      command: `npx next build && npx next start -p ${HOSTILE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${HOSTILE_PORT}`,
      timeout: 240_000,
      // E2E_REUSE=1 runs against servers already started on these ports (a quick loop while writing a spec).
      reuseExistingServer: process.env.E2E_REUSE === "1",
      env: { ...serverEnv, NEXT_DIST_DIR: ".next-hostile", ALLEGIANCES_DATA: "tests/fixtures/hostile-data" },
    },
    {
      // Started after the first server's build (Playwright starts its servers one after another).
      command: `npx next start -p ${FIRST_VIEW_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${FIRST_VIEW_PORT}`,
      timeout: 120_000,
      reuseExistingServer: process.env.E2E_REUSE === "1",
      env: { ...serverEnv, ALLEGIANCES_FIRST_VIEW_MIN_RELATIONS: "100", ...(process.env.NEXT_DIST_DIR !== undefined ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}) },
    },
  ],
});
