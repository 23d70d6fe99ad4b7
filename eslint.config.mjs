import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The pipeline's layers: each lib/ module may import only the modules listed for it (and itself).
// Data flows one way: files → dataset → graph → snapshot → features → canvas → app. A backward
// import fails `npm run lint`, and so `npm test`. README "How it is built" draws the same table.
// lib/vocabulary (zod-free vocabularies and dates) sits below everything and may be imported anywhere.
const LAYERS = {
  vocabulary: [],
  schema: [],
  time: ["schema"],
  dataset: ["schema", "time"],
  graph: ["schema", "time"],
  filters: ["schema"],
  snapshot: ["schema", "time", "graph", "filters"],
  search: ["schema"],
  view: ["schema", "time", "graph", "filters", "snapshot"],
  "view-state": ["schema", "time", "graph", "filters", "snapshot"],
  analysis: ["schema", "time", "graph", "filters", "snapshot"],
  export: ["schema", "time", "graph", "filters", "snapshot", "view"],
  canvas: ["schema", "time", "graph", "filters", "snapshot", "analysis"],
  layout: ["schema", "time", "graph", "filters", "snapshot", "canvas"],
  figure: ["schema", "time", "graph", "filters", "snapshot", "view", "view-state", "canvas", "export"],
  generate: ["schema", "time"],
  import: ["schema", "time", "dataset"],
  edit: ["schema", "time", "dataset"],
  server: ["schema", "time", "dataset", "graph", "filters", "snapshot", "view", "export", "analysis", "layout"],
};
const MODULES = Object.keys(LAYERS);

const forbidden = (module) =>
  MODULES.filter((other) => other !== module && other !== "vocabulary" && !LAYERS[module].includes(other)).map((other) => ({
    group: [`**/${other}`, `**/${other}/**`, `@/lib/${other}`, `@/lib/${other}/**`],
    message: `lib/${module} may not import lib/${other}: the pipeline flows one way (see the layer table in eslint.config.mjs and README "How it is built").`,
  }));

const VIEW_ONLY = "lib/ holds no React and no renderer: only the view layer (app/) touches them (lib/server may use next/server).";
// lib/import runs in a web worker and lib/edit on the page: no Node built-ins, and lib/dataset only through its pure files
// (its entry reads files from disk).
const BROWSER_SAFE = {
  import: [
    { group: ["node:*"], message: "lib/import runs in the browser (a web worker): no Node built-ins." },
    { regex: "(^|/)dataset$", message: "lib/dataset's entry reads files with node:fs; lib/import imports its pure files (../dataset/validate-dataset) instead." },
  ],
  edit: [
    { group: ["node:*"], message: "lib/edit runs in the browser (the editor's forms): no Node built-ins." },
    { regex: "(^|/)dataset$", message: "lib/dataset's entry reads files with node:fs; lib/edit imports its pure files (../dataset/validate-dataset) instead." },
  ],
};
const layerRules = MODULES.map((module) => ({
  files: [`lib/${module}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: ["react", "react-dom", "next", "cytoscape", "react-cytoscapejs"].map((name) => ({ name, message: VIEW_ONLY })),
        patterns: [...forbidden(module), { group: ["react/*", "react-dom/*", "next/*", "!next/server", "cytoscape-*"], message: VIEW_ONLY }, ...(BROWSER_SAFE[module] ?? [])],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: [".next*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "snapshots/**", "bench-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  {
    // app/ reads lib/ through each module's entry only (blocs and centrality have their own, loaded on demand).
    files: ["app/**/*.ts", "app/**/*.tsx", "proxy.ts", "instrumentation.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/*/*", "!@/lib/analysis/blocs", "!@/lib/analysis/centrality", "!@/lib/export/info", "!@/lib/server/http", "!@/lib/layout/big", "!@/lib/layout/years"], message: "app/ imports a lib/ module through its entry (@/lib/<module>), never a file inside it." },
            { group: ["**/lib/**", "!@/lib/**"], message: "import lib/ modules as @/lib/<module>." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", module: "writable", require: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
