// Runs once in the server process before Next serves. TRACE crashes Next before the proxy
// (lib/server/http/forbidden-methods.ts says why), so it is answered here, in Node's server.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardForbiddenMethods } = await import("./lib/server/http/guard-forbidden-methods");
  guardForbiddenMethods();
  // /api/snapshot sends each export gzipped once, not once per request (lib/server/http/precompressed.ts).
  const { honourPrecompressedBodies } = await import("./lib/server/http/precompressed");
  honourPrecompressedBodies();
  // The served dataset's model and its places, computed now rather than on the first page request
  // (at 2,000 actors the places take seconds). Not awaited: Next starts serving meanwhile. A broken
  // dataset is left for the page to report, as it would be without this.
  setTimeout(() => {
    void import("./lib/server").then(({ currentModel, yearPlacesOf }) => {
      try {
        yearPlacesOf(currentModel());
      } catch {
        // reported by the page that needs it
      }
    });
  }, 0);
}
