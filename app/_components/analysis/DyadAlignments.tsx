"use client";

import { dyadAlignments } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import { formatYearSpan } from "@/lib/time";
import { yearInsideSpan, actorName } from "@/lib/view";
import type { Dyad } from "@/lib/view-state";
import { RelationButton } from "./RelationButton";
import styles from "./analysis.module.css";

/**
 * The pair's story told through third parties: whom each sided with while that actor and the other
 * were at odds (Iran and the US against the Taliban in 2001). Each relation opens its sources.
 */
export function DyadAlignments({ model, year, dyad, onSelectRelation }: { model: AllianceModel; year: number; dyad: Dyad; onSelectRelation: (id: string, year: number) => void }) {
  const alignments = dyadAlignments(model, dyad.a, dyad.b);
  const name = (id: string) => actorName(model, id);
  return (
    <section aria-label="Sided against the other" data-testid="dyad-alignments">
      <h4>Sided against the other</h4>
      {alignments.length === 0 ? (
        <p className={styles.hint}>Neither sided with an actor at odds with the other.</p>
      ) : (
        <ul className={styles.story}>
          {alignments.map((alignment) => {
            const when = yearInsideSpan(alignment.years, year);
            return (
              <li key={`${alignment.side}|${alignment.third}`} data-side={alignment.side} data-third={alignment.third}>
                {/* "At odds" whichever way the hostile relation points (the Taliban attacked the Hazaras). */}
                {formatYearSpan(alignment.years)}: {name(alignment.side)} sided with {name(alignment.third)} while {name(alignment.third)} and{" "}
                {name(alignment.against)} were at odds.
                <RelationButtons model={model} ids={[...alignment.friendly, ...alignment.hostile]} onSelect={(id) => onSelectRelation(id, when)} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RelationButtons({ model, ids, onSelect }: { model: AllianceModel; ids: string[]; onSelect: (id: string) => void }) {
  return (
    <ul className={styles.alignmentRelations}>
      {ids.map((id) => (
        <li key={id}>
          <RelationButton model={model} relationId={id} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
