import styles from "./analysis.module.css";

/** The line every analysis carries: whether it counts relations that only continue, unattested. */
export function CountingNote({ countsUnattested }: { countsUnattested: boolean }) {
  return (
    <p className={styles.hint} data-testid="counting-note">
      {countsUnattested
        ? "Counts relations that continue unattested (no source ends them; dotted on the map). Switch “Count unattested” off to read only what a source attests each year."
        : "Counts only what a source attests each year: relations that merely continue unattested are left out."}
    </p>
  );
}
