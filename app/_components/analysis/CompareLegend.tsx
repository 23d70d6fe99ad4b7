import { CHANGE_ENCODINGS, type ChangeKind } from "@/lib/canvas";
import styles from "./analysis.module.css";

const KINDS: readonly ChangeKind[] = ["formed", "ended", "held"];

/** A sample of a change's line as the canvas draws it: colour, dash, width. */
export function ChangeSwatch({ kind }: { kind: ChangeKind }) {
  const encoding = CHANGE_ENCODINGS[kind];
  return (
    <svg width={36} height={12} viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line x1={2} y1={6} x2={34} y2={6} stroke={encoding.color} strokeWidth={Math.min(encoding.width, 5)} strokeDasharray={encoding.dash.length > 0 ? encoding.dash.join(" ") : undefined} />
    </svg>
  );
}

/** What the comparison's lines mean, in words beside each sample. */
export function CompareLegend({ earlier, later }: { earlier: number; later: number }) {
  return (
    <ul className={styles.legend} aria-label="Comparison legend" data-testid="compare-legend">
      {KINDS.map((kind) => (
        <li key={kind}>
          <ChangeSwatch kind={kind} />
          <span>
            <strong>{kind}</strong>
            {kind === "formed" ? ` (in ${later}, not ${earlier}; labelled “formed”)` : kind === "ended" ? ` (in ${earlier}; a source ends it before ${later}; labelled “ended”)` : ` (in both; thin grey)`}
          </span>
        </li>
      ))}
      <li>
        <svg width={36} height={12} viewBox="0 0 36 12" aria-hidden="true" focusable="false">
          <line x1={2} y1={6} x2={34} y2={6} stroke="#4a4f5c" strokeWidth={2} strokeDasharray="1 4" strokeLinecap="round" opacity={0.6} />
        </svg>
        <span>
          <strong>no longer attested</strong> (no source ends it; while it continues, dotted and faded, “last attested …”)
        </span>
      </li>
    </ul>
  );
}

/** The badge of a relation no source ends but none attests in the later year: not "ended". */
export function SilentBadge() {
  return <span className={styles.badge}>no longer attested</span>;
}

/** The text badge beside a relation in the change list: the word, in the change's colour. */
export function ChangeBadge({ kind }: { kind: ChangeKind }) {
  return (
    <span className={styles.badge} style={{ color: CHANGE_ENCODINGS[kind].color }}>
      {kind}
    </span>
  );
}
