// `npm run bench [-- --sizes seed,5000,20000] [--loads 5] [--port 3105]`: builds and serves the app
// over each dataset size (a production build per dataset, through ALLEGIANCES_DATA), drives it in
// headless Chromium, prints a table and writes bench-results/bench-<time>.json. Not part of
// `npm test`: it takes minutes, and its numbers depend on the machine.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "@playwright/test";
import { validateDataDir, defaultCorpusDir } from "../../lib/dataset/load-dataset";
import { buildAllianceModel } from "../../lib/graph/alliance-model";
import { changeBetween } from "../../lib/graph/time-index";
import { generateDataset } from "../../lib/generate/generate-dataset";
import { writeDataset } from "../../lib/generate/write-dataset";
import { measureApi, measureFirstLoadJs, measureGexf } from "./server-side";
import { buildApp, startServer } from "./server";
import { IN_PAGE_SCRIPT, NAIVE_SCRIPT } from "./in-page";
import { stepSummary, table, type StepSample } from "./report";
import { targetResults, targetsTable } from "./targets";
import { round, summarize } from "./stats";

const HEAP_STEPS = 200;
const USAGE = "usage: npm run bench -- [--sizes seed,5000,20000] [--loads 5] [--jumps 40] [--api-requests 300] [--port 3105] [--render OPTIONS, e.g. webgl] [--gpu] [--out FILE]";

interface Size {
  label: string;
  actors: number | null;
  relations: number | null;
}

const SIZES: Record<string, Size> = {
  seed: { label: "seed", actors: null, relations: null },
  "5000": { label: "500 / 5,000", actors: 500, relations: 5000 },
  "20000": { label: "2,000 / 20,000", actors: 2000, relations: 20000 },
};
const ALIASES: Record<string, string> = { "5k": "5000", "20k": "20000", builtin: "seed" };

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" }, loads: { type: "string" }, jumps: { type: "string" }, "api-requests": { type: "string" },
      port: { type: "string" }, render: { type: "string" }, gpu: { type: "boolean" }, out: { type: "string" }, help: { type: "boolean" },
    },
    allowPositionals: false,
  });
  if (values.help === true) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = (values.sizes ?? "seed,5000,20000").split(",").map((name) => ALIASES[name.trim()] ?? name.trim());
  for (const name of sizes) if (SIZES[name] === undefined) throw new Error(`--sizes: unknown size "${name}"; expected seed, 5000, 20000`);
  const port = Number(values.port ?? 3105);
  if (!Number.isInteger(port) || port < 3105 || port > 3109) throw new Error("--port must be one of 3105–3109");
  const int = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Math.max(1, Math.floor(Number(value))));
  return {
    sizes,
    loads: int(values.loads, 5),
    jumps: int(values.jumps, 40),
    apiRequests: int(values["api-requests"], 300),
    port,
    render: values.render ?? null,
    // A real window on the machine's GPU instead of headless software rendering (SwiftShader).
    gpu: values.gpu === true,
    out: values.out ?? path.join("bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
  };
}

/** The data directory for a size: the built-in data, or a generated one (seed 1) under bench-results/. */
function dataDirFor(name: string): string {
  const size = SIZES[name] as Size;
  if (size.actors === null || size.relations === null) return path.resolve("data");
  const dir = path.resolve("bench-results", "data", `actors-${size.actors}-relations-${size.relations}-seed-1`);
  writeDataset(dir, generateDataset({ actors: size.actors, relations: size.relations, seed: 1 }));
  return dir;
}

/** Adjacent steps across the whole range and back, then seeded jumps across it. */
function stepPlan(first: number, last: number, jumps: number): { adjacent: number[]; jumps: number[] } {
  const adjacent: number[] = [];
  for (let y = first + 1; y <= last; y += 1) adjacent.push(y);
  for (let y = last - 1; y >= first; y -= 1) adjacent.push(y);
  let state = 12345;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const list: number[] = [];
  let previous = first;
  while (list.length < jumps) {
    const year = first + Math.floor(random() * (last - first + 1));
    if (Math.abs(year - previous) < Math.max(2, Math.floor((last - first) / 4))) continue;
    list.push(year);
    previous = year;
  }
  return { adjacent, jumps: list };
}

async function heapMb(page: Page): Promise<number> {
  // Read once the page is idle: after the tidy a big canvas makes between steps (CanvasSync).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const usage = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  await session.detach();
  return round(usage.usedSize / 1e6, 1);
}

async function openApp(browser: Browser, url: string, render: string | null, timeoutMs: number, bench: "on" | "naive" = "on") {
  // The page script the benchmark adds is inline, which the app's CSP rightly refuses; the benchmark bypasses it.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  if (bench === "naive") await context.addInitScript({ content: NAIVE_SCRIPT });
  const page = await context.newPage();
  const query = `?bench=on${render === null ? "" : `&render=${encodeURIComponent(render)}`}`;
  await page.goto(`${url}/${query}`, { timeout: timeoutMs });
  await page.waitForFunction(() => window.__allegiancesPerf?.firstDrawnAt != null, undefined, { timeout: timeoutMs, polling: 100 });
  // A big dataset's first view is drawn before its whole arrives; every step below is on the whole.
  await page.waitForFunction(() => window.__allegiancesPerf?.completeAt != null, undefined, { timeout: timeoutMs, polling: 100 });
  const perf = await page.evaluate(() => ({ ...window.__allegiancesPerf }));
  // Whether the WebGL renderer asked for (render=webgl) really runs: Cytoscape falls back silently.
  const renderer = await page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl?.getExtension("WEBGL_debug_renderer_info");
    return { webgl: (window.cy as unknown as { renderer?: () => { webgl?: boolean } } | undefined)?.renderer?.().webgl === true, gl: gl === null ? null : String(info === null || info === undefined ? gl.getParameter(gl.RENDERER) : gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) };
  });
  return { context, page, perf, renderer };
}

async function benchSize(name: string, browser: Browser, options: ReturnType<typeof parseOptions>) {
  const size = SIZES[name] as Size;
  const dataDir = dataDirFor(name);
  console.log(`\n== ${size.label}: ${path.relative(process.cwd(), dataDir)}`);
  // The same door as the app: a dataset that does not validate (with its corpus) is not benchmarked.
  const report = validateDataDir(dataDir, defaultCorpusDir(dataDir));
  if (report.dataset === null) throw new Error(`bench: ${dataDir} is invalid: ${report.problems.length} problem(s)`);
  const model = buildAllianceModel(report.dataset);
  const { first, last } = model.years;

  // In-process, before the server starts, so its start-up work (the places) does not share the cores.
  const gexf = measureGexf(model);
  const buildMs = buildApp(dataDir);
  console.log(`built in ${(buildMs / 1000).toFixed(1)} s`);
  const server = await startServer(dataDir, options.port);
  try {
    // The served page and API must show this dataset (ALLEGIANCES_DATA at build and at start).
    const home = await (await fetch(`${server.url}/`)).text();
    const counts = new RegExp(`${report.counts.actors}(<!-- -->)? actors, (<!-- -->)?${report.counts.relations}(<!-- -->)? relations`);
    const apiActors = ((await (await fetch(`${server.url}/api/actors`)).json()) as { actors: unknown[] }).actors.length;
    if (!counts.test(home) || apiActors !== report.counts.actors) throw new Error(`bench: the server at ${server.url} is not serving ${dataDir}`);
    const firstLoadJs = await measureFirstLoadJs(server.url);
    const api = await measureApi(server.url, Math.round((first + last) / 2), options.apiRequests);
    console.log(`first-load JS ${firstLoadJs.jsGzipKb} KB gz; API p50 ${api.json.p50} ms; GEXF ${gexf.median} ms`);

    const timeoutMs = 10 * 60_000;
    const loads: { firstDrawnMs: number; completeMs: number; layoutMs: number | null; firstPassMs: number | null }[] = [];
    let layoutMode: string | null = null;
    let renderer: { webgl: boolean; gl: string | null } | null = null;
    for (let i = 0; i < options.loads; i += 1) {
      const { context, perf, renderer: drawnWith } = await openApp(browser, server.url, options.render, timeoutMs);
      renderer = drawnWith;
      // The whole in the explorer: at load for a page that carries it, after the first view otherwise.
      const completeMs = Math.max(perf.firstDrawnAt ?? Number.NaN, perf.completeAt ?? Number.NaN);
      loads.push({ firstDrawnMs: round(perf.firstDrawnAt ?? Number.NaN), completeMs: round(completeMs), layoutMs: perf.layoutMs == null ? null : round(perf.layoutMs), firstPassMs: perf.firstPassMs == null ? null : round(perf.firstPassMs) });
      layoutMode = perf.layoutMode ?? null;
      await context.close();
    }
    console.log(`first drawn (median of ${loads.length}): ${summarize(loads.map((l) => l.firstDrawnMs)).median} ms, whole dataset in the explorer ${summarize(loads.map((l) => l.completeMs)).median} ms (layout ${layoutMode})`);

    // Our steps on one page, then the same steps on a page whose year controller rebuilds.
    const plan = stepPlan(first, last, options.jumps);
    const steps = async (page: Page, years: number[]) => (await page.evaluate(([list]) => window.__bench.steps(list), [years] as const)) as StepSample[];
    const { context, page } = await openApp(browser, server.url, options.render, timeoutMs);
    await page.addScriptTag({ content: IN_PAGE_SCRIPT });
    const heapAfterLoadMb = await heapMb(page);
    const held = () => page.evaluate(() => window.cy?.elements().length ?? 0);
    const heldAfterLoad = await held();
    const ourAdjacent = await steps(page, plan.adjacent);
    const ourJumps = await steps(page, plan.jumps);
    // The heap target is after 200 steps: scrub on (untimed) until the page has taken that many.
    const more: number[] = [];
    for (let i = 0; ourAdjacent.length + ourJumps.length + more.length < HEAP_STEPS; i += 1) more.push(plan.adjacent[i % plan.adjacent.length] as number);
    const scrub = (years: number[]) => page.evaluate(([list]) => window.__bench.scrub(list), [years] as const);
    if (more.length > 0) await scrub(more);
    const stepsTaken = ourAdjacent.length + ourJumps.length + more.length;
    const heapAfterStepsMb = await heapMb(page);
    const heldAfterSteps = await held();
    // 200 steps more: the first 200 warm the page up (compiled code, every year's elements entered),
    // so what the heap gains over the next 200 is what a long session would keep gaining.
    await scrub(Array.from({ length: HEAP_STEPS }, (_, i) => plan.adjacent[i % plan.adjacent.length] as number));
    const heapAfterMoreStepsMb = await heapMb(page);
    const png = (await page.evaluate(() => window.__bench.png(3))) as { ms: number; bytes: number }[];
    await context.close();
    const naivePage = await openApp(browser, server.url, options.render, timeoutMs, "naive");
    await naivePage.page.addScriptTag({ content: IN_PAGE_SCRIPT });
    const naiveAdjacent = await steps(naivePage.page, plan.adjacent);
    const naiveJumps = await steps(naivePage.page, plan.jumps);
    await naivePage.context.close();

    // What the time index says changes per adjacent step, independent of the browser.
    const changes = plan.adjacent.map((year, i) => {
      const from = i === 0 ? first : (plan.adjacent[i - 1] as number);
      const a = changeBetween(model.actorIndex, from, year);
      const r = changeBetween(model.relationIndex, from, year);
      return a.added.length + a.removed.length + r.added.length + r.removed.length;
    });

    const ours = { adjacent: stepSummary(ourAdjacent), jumps: stepSummary(ourJumps) };
    const naive = { adjacent: stepSummary(naiveAdjacent), jumps: stepSummary(naiveJumps) };
    const result = {
      size: name,
      label: size.label,
      counts: report.counts,
      years: model.years,
      buildMs: round(buildMs),
      firstLoadJs,
      api,
      gexf,
      loads,
      firstDrawn: summarize(loads.map((l) => l.firstDrawnMs)),
      complete: summarize(loads.map((l) => l.completeMs)),
      layoutMode,
      renderer,
      layoutMs: summarize(loads.map((l) => l.layoutMs ?? Number.NaN)),
      heap: { afterLoadMb: heapAfterLoadMb, afterStepsMb: heapAfterStepsMb, steps: stepsTaken, afterMoreStepsMb: heapAfterMoreStepsMb, elementsAfterLoad: heldAfterLoad, elementsAfterSteps: heldAfterSteps },
      png: summarize(png.map((p) => p.ms)),
      pngBytes: png[0]?.bytes ?? null,
      changesPerAdjacentStep: summarize(changes),
      ours,
      naive,
      ratios: {
        naiveOverOursAdjacent: round(naive.adjacent.total.median / ours.adjacent.total.median),
        naiveOverOursJumps: round(naive.jumps.total.median / ours.jumps.total.median),
        naiveOwnOverOursOwnAdjacent: round(naive.adjacent.own.median / Math.max(ours.adjacent.own.median, 0.001)),
        oursTotalOverRedrawAdjacent: round(ours.adjacent.totalOverRedraw),
        oursTotalOverRedrawJumps: round(ours.jumps.totalOverRedraw),
      },
      samples: { ourAdjacent, ourJumps, naiveAdjacent, naiveJumps },
    };
    console.log(
      `step (adjacent) median ${ours.adjacent.total.median} ms, p95 ${ours.adjacent.total.p95} ms; own ${ours.adjacent.own.median} ms (p95 ${ours.adjacent.own.p95}); ` +
        `redraw ${ours.adjacent.redraw.median} ms; naive ${naive.adjacent.total.median} ms (${result.ratios.naiveOverOursAdjacent}x)`,
    );
    return result;
  } finally {
    await server.stop();
  }
}

export type SizeResult = Awaited<ReturnType<typeof benchSize>>;

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  // The e2e tests' browser discovery (Playwright's Chromium, else the system's), shared as plain JS.
  const finder = "../find-browser.mjs";
  const { findBrowser } = (await import(finder)) as { findBrowser: () => { executablePath: string | null } };
  const found = findBrowser();
  // Headless, WebGL can only run on SwiftShader, which Chromium now enables only when asked.
  const rendering = options.gpu ? [] : ["--disable-gpu", ...(options.render?.includes("webgl") === true ? ["--enable-unsafe-swiftshader", "--use-angle=swiftshader"] : [])];
  const browser = await chromium.launch({
    ...(found.executablePath === null ? {} : { executablePath: found.executablePath }),
    headless: !options.gpu,
    args: ["--no-sandbox", ...rendering, "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const machine = {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: round(os.totalmem() / 1e9, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browser.version(),
    headless: !options.gpu,
    gpu: options.gpu,
    viewport: "1400x900",
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
  const results: SizeResult[] = [];
  try {
    for (const name of options.sizes) results.push(await benchSize(name, browser, options));
  } finally {
    await browser.close();
  }
  const targets = targetResults(results);
  mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify({ date: new Date().toISOString(), machine, options, results, targets }, null, 2)}\n`);
  console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium} ${options.gpu ? "in a window on the GPU" : "headless (software rendering)"}${options.render === null ? "" : `, render=${options.render}`}, load average at start ${machine.loadAverage.join(" ")}\n`);
  console.log(table(results));
  console.log(`\nTargets:\n\n${targetsTable(targets)}`);
  console.log(`\nbench: wrote ${options.out}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

declare global {
  interface Window {
    __bench: {
      steps: (years: readonly number[]) => Promise<StepSample[]>;
      scrub: (years: readonly number[]) => Promise<void>;
      png: (times: number) => Promise<{ ms: number; bytes: number }[]>;
    };
  }
}
