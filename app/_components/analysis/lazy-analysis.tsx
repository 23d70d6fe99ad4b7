"use client";

import { lazy, Suspense } from "react";
import type { ActorAnalysisProps } from "./ActorAnalysis";
import type { BlocsViewProps } from "./BlocsView";
import styles from "./analysis.module.css";

// Louvain (blocs, with seedrandom) and the centrality metrics (betweenness) are the heaviest code
// of the analysis and nothing on the first paint needs them: the views that use them load on
// first show, each behind its own Suspense boundary so only that view waits. The balance chart
// under the slider and the compare, balance and dyad views need neither and stay eager.

const BlocsViewChunk = lazy(() => import("./BlocsView").then((module) => ({ default: module.BlocsView })));
const ActorAnalysisChunk = lazy(() => import("./ActorAnalysis").then((module) => ({ default: module.ActorAnalysis })));

function Loading({ what }: { what: string }) {
  return (
    <p className={styles.hint} role="status">
      Loading {what}…
    </p>
  );
}

/** The "Blocs & influence" tab's content, loaded when the tab first opens. */
export function LazyBlocsView(props: BlocsViewProps) {
  return (
    <Suspense fallback={<Loading what="blocs and influence" />}>
      <BlocsViewChunk {...props} />
    </Suspense>
  );
}

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
