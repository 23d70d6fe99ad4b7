import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

// Production builds and servers for the benchmark: always NEXT_DIST_DIR=.next-bench and a port
// of 3105–3109, so they never touch a developer's .next or server, nor the e2e tests' port.
export const DIST_DIR = ".next-bench";
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

function env(dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: DIST_DIR, ALLEGIANCES_DATA: dataDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
}

/** `next build` of the app over `dataDir`; returns how long it took (ms). Throws with its output on failure. */
export function buildApp(dataDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { env: env(dataDir), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench: next build failed for ${dataDir}:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** `next start` on 127.0.0.1:port, resolved once it answers. Stopped by its own process group. */
export async function startServer(dataDir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: env(dataDir),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench: next start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/api/actors`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`bench: next start did not answer on ${url} within 60 s:\n${output}`);
}
