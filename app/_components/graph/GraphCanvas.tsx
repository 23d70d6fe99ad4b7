"use client";

import dynamic from "next/dynamic";
import type { CytoscapeViewProps } from "./CytoscapeView";
import styles from "./graph.module.css";

// Client-only: Cytoscape reads `window` when imported, and this keeps it out of the first load.
const CytoscapeView = dynamic(() => import("./CytoscapeView"), {
  ssr: false,
  loading: () => <p className={styles.loading}>Drawing the map…</p>,
});

export function GraphCanvas(props: Omit<CytoscapeViewProps, "className">) {
  return <CytoscapeView {...props} className={styles.canvas} />;
}
