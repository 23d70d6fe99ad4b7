"use client";

import { useEffect, useState } from "react";
import { type FirstView, SERVED_DATASET_PATH, type ServedDataset, unpackPlaces } from "@/lib/first-view";
import type { YearPlaces } from "@/lib/layout";
import type { Dataset } from "@/lib/schema";
import { FIRST_DRAWN_MARK, firstDrawn } from "../graph/perf";

const FIRST_DRAW_WAIT_MS = 5000;

export interface ServedView {
  dataset: Dataset;
  places: YearPlaces | null;
  /** Set while only the first view is here: the whole dataset's span and size. */
  whole: FirstView["whole"] | null;
  /** Why the rest could not be fetched, if it could not. */
  problem: string | null;
}

/**
 * The served dataset as the explorer gets it: whole when the page carried it whole; else the
 * page's first view, then the whole, fetched once it is shown but read only after a map is drawn
 * (parsing 12 MB must not hold up the first frame).
 */
export function useServedDataset(builtIn: Omit<ServedView, "problem">, shown: boolean): ServedView {
  const [view, setView] = useState<ServedView>({ ...builtIn, problem: null });
  const partial = view.whole !== null;
  useEffect(() => {
    // A dataset opened in this browser may be shown instead: the whole is fetched when the served one is.
    if (!partial || !shown) return;
    let live = true;
    const drawn = new Promise<void>((resolve) => {
      if (firstDrawn()) return resolve();
      window.addEventListener(FIRST_DRAWN_MARK, () => resolve(), { once: true });
      // A canvas that never draws (a hidden tab draws no frames) must not keep the rest away.
      window.setTimeout(resolve, FIRST_DRAW_WAIT_MS);
    });
    void fetch(SERVED_DATASET_PATH, { headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${SERVED_DATASET_PATH} answered ${response.status}`);
        await drawn;
        // Our own server's answer, cut from the dataset it validated on load (lib/dataset): not parsed again.
        const served = (await response.json()) as ServedDataset;
        if (live) setView({ dataset: served.dataset, places: unpackPlaces(served.places), whole: null, problem: null });
      })
      .catch((error: unknown) => {
        if (live) setView((previous) => ({ ...previous, problem: `The other years could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.` }));
      });
    return () => {
      live = false;
    };
  }, [partial, shown]);
  return view;
}
