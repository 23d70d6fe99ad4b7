import { loadEnvConfig } from "@next/env";
import { describe, expect, it } from "vitest";

// `next build` and `next dev` load the project's .env through @next/env before they start their
// telemetry (next/dist/telemetry/storage.js reads NEXT_TELEMETRY_DISABLED in its constructor).

describe("Next's telemetry", () => {
  it("is switched off by the project's own .env, with nothing set in the environment", () => {
    const saved = process.env.NEXT_TELEMETRY_DISABLED;
    delete process.env.NEXT_TELEMETRY_DISABLED;
    try {
      const { combinedEnv, loadedEnvFiles } = loadEnvConfig(process.cwd(), false, { info: () => {}, error: () => {} }, true);
      expect(loadedEnvFiles.map((file) => file.path)).toContain(".env");
      expect(combinedEnv.NEXT_TELEMETRY_DISABLED).toBe("1");
    } finally {
      if (saved === undefined) delete process.env.NEXT_TELEMETRY_DISABLED;
      else process.env.NEXT_TELEMETRY_DISABLED = saved;
    }
  });
});
