"use client";

import { useMemo } from "react";
import { checkQuote } from "@/lib/edit";
import type { Actor, Source } from "@/lib/schema";
import type { Speaker } from "@/lib/search";
import { EVIDENCE_KIND_IDS, EVIDENCE_KINDS, type EvidenceKind } from "@/lib/vocabulary";
import { ActorPicker } from "./ActorPicker";
import type { ClaimDraft } from "./drafts";
import styles from "./edit-dataset.module.css";
import { QuoteStatus } from "./QuoteStatus";

interface ClaimFieldsProps {
  index: number;
  draft: ClaimDraft;
  onChange: (draft: ClaimDraft) => void;
  onRemove: (() => void) | null;
  sources: readonly Source[];
  texts: Readonly<Record<string, string>>;
  actors: readonly Actor[];
  speakers: readonly Speaker[];
}

/** One claim: its source, the quote checked live against that source's text, evidence kind and speaker. */
export function ClaimFields({ index, draft, onChange, onRemove, sources, texts, actors, speakers }: ClaimFieldsProps) {
  const set = (patch: Partial<ClaimDraft>) => onChange({ ...draft, ...patch });
  const source = sources.find((candidate) => candidate.id === draft.source);
  const text = source === undefined ? undefined : texts[source.corpusFile];
  const finding = useMemo(() => (source === undefined ? null : checkQuote(draft.quote, source, text)), [draft.quote, source, text]);
  return (
    <fieldset className={styles.claim} data-testid={`claim-${index}`}>
      <legend>Claim {index + 1}</legend>
      <label>
        Source{" "}
        <select value={draft.source} onChange={(event) => set({ source: event.currentTarget.value })} data-testid="claim-source">
          <option value="">choose a source</option>
          {sources.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.wide}>
        Quote (verbatim) <textarea rows={3} value={draft.quote} onChange={(event) => set({ quote: event.currentTarget.value })} data-testid="claim-quote" />
      </label>
      {finding === null ? <p className={styles.hint}>Choose the source the quote is from to check it.</p> : <QuoteStatus finding={finding} quote={draft.quote} text={text} />}
      <label>
        Evidence{" "}
        <select value={draft.evidence} onChange={(event) => set({ evidence: event.currentTarget.value as EvidenceKind })} data-testid="claim-evidence">
          {EVIDENCE_KIND_IDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}: {EVIDENCE_KINDS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Speaker <input value={draft.speakerName} onChange={(event) => set({ speakerName: event.currentTarget.value })} placeholder="when the source quotes someone" />
      </label>
      <label>
        Their role <input value={draft.speakerRole} onChange={(event) => set({ speakerRole: event.currentTarget.value })} placeholder="then President of Iran" />
      </label>
      <ActorPicker label="Speaks for" actors={actors} speakers={speakers} value={draft.speakerActor} onChange={(id) => set({ speakerActor: id })} testId={`claim-${index}-speaker-actor`} optional />
      <label className={styles.wide}>
        Note <input value={draft.note} onChange={(event) => set({ note: event.currentTarget.value })} />
      </label>
      {onRemove === null ? null : (
        <button type="button" onClick={onRemove}>
          Remove this claim
        </button>
      )}
    </fieldset>
  );
}
