import { useEffect } from "react";
import { type CanvasState, describeCanvas } from "@/lib/canvas";
import type { AllianceModel } from "@/lib/graph";
import { whenIdle } from "../graph/when-idle";

/**
 * Once the browser is idle after a step, describes the map of the years either side, so their
 * snapshots, pairs and isolated actors are cached (at scale the caches keep a few years only, see
 * lib/snapshot/recent-cache.ts) and the next adjacent step renders from them.
 */
export function useNeighbourYears(model: AllianceModel, state: CanvasState): void {
  useEffect(() => {
    // Month mode steps by month: the years either side are not the next step.
    if (state.month !== null && state.month !== undefined) return;
    return whenIdle(() => {
      for (const year of [state.year + 1, state.year - 1]) if (year >= model.years.first && year <= model.years.last) describeCanvas(model, { ...state, year });
    });
  }, [model, state]);
}
