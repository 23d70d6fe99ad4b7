"use client";

import { type ComponentType, lazy, Suspense } from "react";
import type { ActorAnalysisProps } from "./ActorAnalysis";
import type { BalanceViewProps } from "./BalanceView";
import type { BlocsViewProps } from "./BlocsView";
import type { CompareViewProps } from "./CompareView";
import type { DyadViewProps } from "./DyadView";
import styles from "./analysis.module.css";

// Louvain (blocs, with seedrandom) and the centrality metrics (betweenness) are the heaviest code
// of the analysis and nothing on the first paint needs them: the views that use them load on
// first show, each behind its own Suspense boundary so only that view waits. The compare, balance
// and dyad views are below the map and closed at first, so they load on first show too; the
// balance chart under the slider stays eager.

const ActorAnalysisChunk = lazy(() => import("./ActorAnalysis").then((module) => ({ default: module.ActorAnalysis })));

function Loading({ what }: { what: string }) {
  return (
    <p className={styles.hint} role="status">
      Loading {what}…
    </p>
  );
}

/** A tab's view as a component that loads its code on first show, saying what it loads meanwhile. */
function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  const Chunk = lazy(() => load().then((view) => ({ default: view })));
  function LazyView(props: P) {
    return (
      <Suspense fallback={<Loading what={what} />}>
        <Chunk {...props} />
      </Suspense>
    );
  }
  return LazyView;
}

export const LazyBlocsView = lazyView<BlocsViewProps>(() => import("./BlocsView").then((module) => module.BlocsView), "blocs and influence");
export const LazyCompareView = lazyView<CompareViewProps>(() => import("./CompareView").then((module) => module.CompareView), "the comparison");
export const LazyBalanceView = lazyView<BalanceViewProps>(() => import("./BalanceView").then((module) => module.BalanceView), "the balance");
export const LazyDyadView = lazyView<DyadViewProps>(() => import("./DyadView").then((module) => module.DyadView), "the dyad history");

/** The actor panel's influence section, loaded when an actor is first selected. */
export function LazyActorAnalysis(props: ActorAnalysisProps) {
  return (
    <Suspense
      fallback={
        <section className={styles.panel} aria-label="Influence and comparison" aria-busy="true">
          <h3 className={styles.title}>Influence in {props.year}</h3>
          <Loading what="influence" />
        </section>
      }
    >
      <ActorAnalysisChunk {...props} />
    </Suspense>
  );
}
