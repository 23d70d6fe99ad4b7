// Installed into the app's page by the benchmark (as plain JavaScript, so no bundler helpers leak
// in). `__bench.steps(years)` moves the year one step at a time and times each step from
// the slider's input event to the frame painted after Cytoscape's redraw (the input's own frame
// when the app drew inside the event), then Cytoscape's own frame for the same view, quiet. The naive baseline
// is the same on a page given NAIVE_SCRIPT before it loads: it replaces how the canvas applies a
// change (remove every element, add the year's) instead of toggling only the classes that differ.
export const IN_PAGE_SCRIPT = String.raw`
(() => {
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const slider = () => document.querySelector('input[type="range"][aria-label="Year"]');
  // Resolves in a frame callback with the frame's start time and how long the callbacks before
  // ours (Cytoscape's render loop: its texture work and its redraw) took in that frame.
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame((start) => resolve(performance.now() - start)));
  // A message posted from a frame callback is delivered after that frame is painted.
  const afterPaint = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(); channel.port2.postMessage(0); });
  const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));
  async function waitForRedraw(renderer, before) {
    for (let i = 0; i < 60; i += 1) {
      const frameWork = await nextFrame();
      if ((renderer.redrawCount || 0) > before) { await afterPaint(); return frameWork; }
    }
    return NaN;
  }
  // Cytoscape's own frame for the same view, end to end, with none of our work: in a quiet frame,
  // what its render loop does for a frame it draws (before-render callbacks, a redraw from its
  // caches), then the browser's painting of that frame. A step's time is compared with this.
  async function quietFrame(cy, renderer) {
    await idle();
    await nextFrame();
    const t0 = performance.now();
    cy.forceRender();
    for (const callback of renderer.beforeRenderCallbacks || []) callback.fn(true, t0);
    renderer.render(renderer.renderOptions);
    renderer.requestedFrame = false;
    await afterPaint();
    return performance.now() - t0;
  }
  window.__bench = {
    async steps(years) {
      const cy = window.cy;
      const renderer = cy.renderer();
      const perf = window.__allegiancesPerf;
      const out = [];
      for (const year of years) {
        // Start each step from a quiet page: deferred work of the last step done, a fresh frame.
        await idle();
        await nextFrame();
        const before = renderer.redrawCount || 0;
        // Posted before the input, so it is the first task after this frame's paint: ahead of the
        // work React defers past the frame (the panels, the table), which is not part of the step.
        const thisFramePainted = afterPaint();
        const t0 = performance.now();
        const input = slider();
        valueSetter.call(input, String(year));
        input.dispatchEvent(new Event("input", { bubbles: true }));
        const t1 = performance.now();
        const step = perf.lastStep;
        const fresh = step !== null && step.to === year;
        // Drawn inside the input event (the app does so when a draw is short): painted at the end of this frame.
        const inputFrame = (renderer.redrawCount || 0) > before;
        let drew = true;
        if (inputFrame) await thisFramePainted;
        else drew = !Number.isNaN(await waitForRedraw(renderer, before));
        const t2 = performance.now();
        const redraw = drew ? renderer.lastRedrawTime : NaN;
        const frame = await quietFrame(cy, renderer);
        const drawMs = fresh && step.drawMs !== null ? step.drawMs : 0;
        // Input handling without the draw it may include: React's render and our applier.
        out.push({ year, total: t2 - t0, sync: t1 - t0 - drawMs, own: fresh ? step.ownMs : NaN, redraw, frame, changed: fresh ? step.changed : NaN, drew, inputFrame });
      }
      return out;
    },
    // Untimed year steps, one per frame: the heap readings need many steps, not their timings.
    async scrub(years) {
      for (const year of years) {
        valueSetter.call(slider(), String(year));
        slider().dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      await idle();
    },
    async png(times) {
      const cy = window.cy;
      const out = [];
      for (let i = 0; i < times; i += 1) {
        const t0 = performance.now();
        const blob = await cy.png({ output: "blob-promise", full: true, bg: "#ffffff", maxWidth: cy.width(), maxHeight: cy.height() });
        out.push({ ms: performance.now() - t0, bytes: blob.size });
      }
      return out;
    },
  };
})();
`;

/**
 * Installed before the app loads (an init script), only in the benchmark's naive run: the app's
 * CanvasSync calls this instead of its own applier for every change after the first, so the app
 * carries no benchmark code. It reads the year from the description's off-year mark.
 */
export const NAIVE_SCRIPT = String.raw`
(() => {
  let all = null;
  window.__allegiancesApplyOverride = (cy, previous, next, elements) => {
    // Every element of every year, with only its own classes (the app's definitions, before any mark).
    if (all === null) all = elements.map((element) => ({ ...element, position: { ...element.position } }));
    // The same picture rebuilt: the year's actors, its pair lines, and its relations not drawn in one.
    const mark = next.marks.get("off-year");
    const inLine = new Set();
    for (const line of next.lines.values()) for (const id of line.relationIds) inLine.add("relation:" + id);
    const present = new Set([
      ...(mark.actors.present.get(mark.year) || []).map((id) => "actor:" + id),
      ...(mark.relations.present.get(mark.year) || []).map((id) => "relation:" + id).filter((id) => !inLine.has(id)),
      ...next.lines.keys(),
    ]);
    // Actors stay where they are drawn now (the year's places then move them, as in the app).
    const at = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
    const shown = all
      .filter((element) => present.has(String(element.data.id)))
      .map((element) => {
        const line = next.lines.get(String(element.data.id));
        if (element.group === "nodes") return { ...element, position: at.get(element.data.id) || element.position };
        return line === undefined ? element : { ...element, data: { ...element.data, ...line }, classes: element.classes + " pair-shown" };
      });
    cy.batch(() => {
      cy.elements().remove();
      cy.add(shown);
    });
    return shown.length;
  };
})();
`;
