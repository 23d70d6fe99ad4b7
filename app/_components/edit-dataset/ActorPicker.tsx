"use client";

import { useId, useMemo, useState } from "react";
import type { Actor } from "@/lib/schema";
import { searchActors, type Speaker } from "@/lib/search";
import styles from "./edit-dataset.module.css";

const SHOWN_MATCHES = 6;

/** An actor chosen by search (names, aliases, people speaking for it), as the explorer's search ranks them. */
interface ActorPickerProps {
  label: string;
  actors: readonly Actor[];
  speakers: readonly Speaker[];
  value: string;
  onChange: (id: string) => void;
  testId: string;
  /** Whether "none" is a choice (a speaker's actor, a parent), so the choice can be cleared. */
  optional?: boolean;
}

export function ActorPicker({ label, actors, speakers, value, onChange, testId, optional = false }: ActorPickerProps) {
  const [query, setQuery] = useState("");
  const listId = useId();
  const matches = useMemo(() => (query.trim() === "" ? [] : searchActors(actors, query, speakers).slice(0, SHOWN_MATCHES)), [actors, query, speakers]);
  const chosen = actors.find((actor) => actor.id === value);
  return (
    <div className={styles.picker} data-testid={testId}>
      <label>
        {label}: <strong data-testid={`${testId}-chosen`}>{chosen === undefined ? (value === "" ? "none chosen" : `"${value}" (not in this dataset)`) : chosen.name}</strong>
        {optional && value !== "" ? (
          <button type="button" className={`link-button ${styles.linkButton}`} onClick={() => onChange("")}>
            clear
          </button>
        ) : null}
        <input type="search" placeholder="Search actors" value={query} onChange={(event) => setQuery(event.currentTarget.value)} aria-controls={listId} data-testid={`${testId}-search`} />
      </label>
      <ul id={listId} className={styles.matches}>
        {matches.map((match) => (
          <li key={match.actor.id}>
            <button
              type="button"
              onClick={() => {
                onChange(match.actor.id);
                setQuery("");
              }}
            >
              {match.actor.name}
              {match.via === null ? "" : ` (${match.via})`}
              {match.speaker === null ? "" : ` — ${match.speaker.name} speaks for it`}
            </button>
          </li>
        ))}
        {query.trim() !== "" && matches.length === 0 ? <li>No actor matches; add it under Actor first.</li> : null}
      </ul>
    </div>
  );
}
