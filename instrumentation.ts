// Runs once in the server process before Next serves. TRACE crashes Next before the proxy
// (lib/server/http/forbidden-methods.ts says why), so it is answered here, in Node's server.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardForbiddenMethods } = await import("./lib/server/http/guard-forbidden-methods");
  guardForbiddenMethods();
}
