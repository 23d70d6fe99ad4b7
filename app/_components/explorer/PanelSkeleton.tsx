import styles from "./explorer.module.css";

/** The panel's place while a big dataset's other years load: its shape, and what it waits for. */
export function PanelSkeleton() {
  return (
    <div className={styles.skeleton} data-testid="panel-skeleton">
      <p role="status">Loading its sources and the other years…</p>
      <div className={styles.skeletonBar} aria-hidden="true" />
      <div className={styles.skeletonBar} aria-hidden="true" />
      <div className={styles.skeletonBlock} aria-hidden="true" />
    </div>
  );
}
