import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
    environment: "node",
  },
});
