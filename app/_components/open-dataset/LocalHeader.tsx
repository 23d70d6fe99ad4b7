import { datasetYears } from "@/lib/time";
import { unverifiedNotice } from "@/lib/view";
import type { LocalDataset } from "./local-dataset";
import styles from "./open-dataset.module.css";

/** The header while a local dataset is shown: its name and counts, and whether its quotes were checked. */
export function LocalHeader({ local }: { local: LocalDataset }) {
  const { dataset } = local;
  // A dataset started from scratch has no relation, and so no years, until one is added.
  const years = dataset.relations.length === 0 ? null : datasetYears(dataset);
  const unverified = unverifiedNotice(dataset);
  return (
    <header className="site-header" data-testid="local-header">
      <h1>Allegiances</h1>
      <p className="site-counts" data-testid="counts">
        <span className={styles.local}>Local dataset “{local.name}”</span>, opened in this browser: {dataset.actors.length} actors, {dataset.relations.length} relations, {dataset.sources.length} sources{years === null ? "" : `, ${years.first}–${years.last}`}
        {local.warnings > 0 ? ` · ${local.warnings} warning(s) when opened` : ""}
      </p>
      {unverified === null ? null : (
        <p className="site-warning" role="status" data-testid="unverified-notice">
          {unverified}
        </p>
      )}
    </header>
  );
}
