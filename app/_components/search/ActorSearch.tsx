"use client";

import { type KeyboardEvent, memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { searchActors, type ActorMatch } from "@/lib/search";
import type { Actor } from "@/lib/schema";
import styles from "./search.module.css";

interface ActorSearchProps {
  actors: readonly Actor[];
  /** Whether an actor is on the map in the year shown (search still finds the others, marked). */
  isOnMap: (actorId: string) => boolean;
  selectedActorId: string | null;
  onChoose: (actorId: string) => void;
}

/** At most this many actors are listed at once; the rest are a few keystrokes away. */
export const MAX_LISTED = 100;

/**
 * A search box over every actor's name and aliases, with the matches as a list box below it.
 * With an empty query the list is the whole index of actors: a way into the map that does not
 * need the canvas.
 */
export function ActorSearch({ actors, isOnMap, selectedActorId, onChoose }: ActorSearchProps) {
  // Read through a ref, so the memoised rows keep one handler while the explorer's changes per step.
  const latestChoose = useRef(onChoose);
  useLayoutEffect(() => {
    latestChoose.current = onChoose;
  });
  const choose = useCallback((actorId: string) => latestChoose.current(actorId), []);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-actors`;
  const matches = useMemo(() => searchActors(actors, query), [actors, query]);
  // A list of thousands helps no one and costs every year step a re-render of each row.
  const listed = matches.length > MAX_LISTED ? matches.slice(0, MAX_LISTED) : matches;
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (index: number) => `${baseId}-actor-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const delta = event.key === "ArrowDown" ? 1 : -1;
      setActive(Math.min(Math.max(activeIndex + delta, 0), Math.max(matches.length - 1, 0)));
      document.getElementById(optionId(Math.min(Math.max(activeIndex + delta, 0), matches.length - 1)))?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      const match = matches[Math.max(activeIndex, 0)];
      if (match !== undefined) {
        event.preventDefault();
        onChoose(match.actor.id);
      }
    } else if (event.key === "Escape") {
      setQuery("");
      setActive(0);
    }
  };

  return (
    <div className={styles.search}>
      <label className={styles.label} htmlFor={`${baseId}-input`}>
        Find an actor
      </label>
      <input
        id={`${baseId}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches.length > 0 && query !== "" ? optionId(activeIndex) : undefined}
        placeholder="Name or alias: Tehran, Daesh…"
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className={styles.count} aria-live="polite">
        {query === "" ? `${actors.length} actors` : `${matches.length} of ${actors.length} actors match`}
      </p>
      <ul id={listId} role="listbox" aria-label="Actors" className={styles.list}>
        {listed.map((match, index) => (
          <ActorOption
            key={match.actor.id}
            match={match}
            optionId={optionId(index)}
            index={index}
            active={index === activeIndex && query !== ""}
            absent={!isOnMap(match.actor.id)}
            chosen={match.actor.id === selectedActorId}
            onChoose={choose}
            onHover={setActive}
          />
        ))}
        {matches.length === 0 ? <li className={styles.none}>No actor matches “{query}”.</li> : null}
        {matches.length > listed.length ? (
          <li className={styles.none}>
            {matches.length - listed.length} more: type a name to narrow the list.
          </li>
        ) : null}
      </ul>
    </div>
  );
}

interface ActorOptionProps {
  match: ActorMatch;
  optionId: string;
  index: number;
  active: boolean;
  absent: boolean;
  chosen: boolean;
  onChoose: (actorId: string) => void;
  onHover: (index: number) => void;
}

// One row, memoised: a year step re-renders only the rows whose actor enters or leaves the map.
const ActorOption = memo(function ActorOption({ match, optionId, index, active, absent, chosen, onChoose, onHover }: ActorOptionProps) {
  const classes = [styles.option, active ? styles.active : "", absent ? styles.absent : "", chosen ? styles.chosen : ""];
  return (
    <li id={optionId} role="option" aria-selected={chosen} className={classes.join(" ")} onClick={() => onChoose(match.actor.id)} onMouseEnter={() => onHover(index)}>
      <span>{match.actor.name}</span>
      {absent ? <span className={styles.via}> · not on the map this year</span> : null}
      {match.actor.aliases.length > 0 ? <span className={styles.aliases}>also {aliasesLeadingWith(match.actor.aliases, match.via).join(", ")}</span> : null}
    </li>
  );
});

/** The aliases, the one the query matched first: the reader sees why an actor is listed. */
function aliasesLeadingWith(aliases: readonly string[], matched: string | null): string[] {
  if (matched === null) return [...aliases];
  return [matched, ...aliases.filter((alias) => alias !== matched)];
}
