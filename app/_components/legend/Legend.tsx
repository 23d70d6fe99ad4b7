import { DISPUTE_ENCODING, NODE_ENCODINGS, PAIR_ENCODINGS } from "@/lib/canvas";
import type { PairTone } from "@/lib/snapshot";
import { ACTOR_KINDS, RELATION_TYPE_IDS, RELATION_TYPES } from "@/lib/vocabulary";
import styles from "./legend.module.css";
import { EdgeSwatch, NodeSwatch, PairSwatch } from "./Swatches";

const FRIENDLY = RELATION_TYPE_IDS.filter((type) => RELATION_TYPES[type].sign === 1);
const NEUTRAL = RELATION_TYPE_IDS.filter((type) => RELATION_TYPES[type].sign === 0);
const HOSTILE = RELATION_TYPE_IDS.filter((type) => RELATION_TYPES[type].sign === -1);
const PAIR_TONES = Object.keys(PAIR_ENCODINGS) as PairTone[];

/** Every encoding on the canvas, explained: node shapes, edge colours and lines, arrows, marks. */
export function Legend() {
  return (
    <details className={styles.legend} open>
      <summary>Legend</summary>
      <h3 className={styles.heading}>Actors</h3>
      <ul className={styles.list}>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <NodeSwatch kind={kind} /> {NODE_ENCODINGS[kind].label}
          </li>
        ))}
      </ul>
      <h3 className={styles.heading}>Relations</h3>
      <p className={styles.note}>Friendly: solid lines. Neutral: dotted. Hostile: dashed. An arrowhead points from the actor who acts to the one acted on; lines without one are mutual.</p>
      {[
        { name: "Friendly", types: FRIENDLY },
        { name: "Neutral", types: NEUTRAL },
        { name: "Hostile", types: HOSTILE },
      ].map((group) => (
        <ul key={group.name} className={styles.list} aria-label={group.name}>
          {group.types.map((type) => (
            <li key={type} title={RELATION_TYPES[type].description}>
              <EdgeSwatch type={type} /> {RELATION_TYPES[type].label}
              {RELATION_TYPES[type].directed ? <span className={styles.hint}> (directed)</span> : null}
            </li>
          ))}
        </ul>
      ))}
      <h3 className={styles.heading}>Pairs with several relations</h3>
      <p className={styles.note}>
        Two actors with several relations in the year share one line; its badge says how many (⚠ when one is disputed). Click it to list them; “Separate lines” draws each one.
      </p>
      <ul className={styles.list} aria-label="Pair lines">
        {PAIR_TONES.map((tone) => (
          <li key={tone}>
            <PairSwatch tone={tone} /> {PAIR_ENCODINGS[tone].label}
          </li>
        ))}
      </ul>
      <h3 className={styles.heading}>Marks</h3>
      <ul className={styles.list}>
        <li>
          <EdgeSwatch type="cooperates" disputed /> <span aria-hidden="true">{DISPUTE_ENCODING.mark}</span> Disputed: sources disagree (amber halo and {DISPUTE_ENCODING.mark} on the line)
        </li>
        <li>
          <span className={styles.selectedMark} aria-hidden="true" /> Selected: dark outline
        </li>
        <li>
          <span className={styles.fadedMark} aria-hidden="true" /> Faded: outside the selected actor&apos;s neighbourhood
        </li>
      </ul>
    </details>
  );
}
