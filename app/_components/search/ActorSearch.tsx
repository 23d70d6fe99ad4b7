"use client";

import { type KeyboardEvent, memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { searchActors, type ActorMatch, type Speaker } from "@/lib/search";
import type { Actor } from "@/lib/schema";
import styles from "./search.module.css";

interface ActorSearchProps {
  actors: readonly Actor[];
  /** People folded into actors, found through the claims they speak in. */
  speakers: readonly Speaker[];
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
export function ActorSearch({ actors, speakers, isOnMap, selectedActorId, onChoose }: ActorSearchProps) {
  // Read through a ref, so the memoised rows keep one handler while the explorer's changes per step.
  const latestChoose = useRef(onChoose);
  useLayoutEffect(() => {
    latestChoose.current = onChoose;
  });
  const choose = useCallback((actorId: string) => latestChoose.current(actorId), []);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  // The empty query lists every actor; an option is highlighted there once the arrows move to one.
  const [navigated, setNavigated] = useState(false);
  const baseId = useId();
  const listId = `${baseId}-actors`;
  const matches = useMemo(() => searchActors(actors, query, speakers), [actors, query, speakers]);
  // A list of thousands helps no one and costs every year step a re-render of each row.
  const listed = matches.length > MAX_LISTED ? matches.slice(0, MAX_LISTED) : matches;
  const activeIndex = Math.min(active, listed.length - 1);
  const showActive = (query !== "" || navigated) && activeIndex >= 0;
  const optionId = (index: number) => `${baseId}-actor-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      // The first arrow press on the full list lands on its first option.
      const delta = showActive ? (event.key === "ArrowDown" ? 1 : -1) : 0;
      const next = Math.min(Math.max(activeIndex + delta, 0), Math.max(listed.length - 1, 0));
      setActive(next);
      setNavigated(true);
      document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      const match = listed[Math.max(activeIndex, 0)];
      if (match !== undefined) {
        event.preventDefault();
        onChoose(match.actor.id);
      }
    } else if (event.key === "Escape") {
      setQuery("");
      setActive(0);
      setNavigated(false);
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
        aria-activedescendant={showActive ? optionId(activeIndex) : undefined}
        placeholder="Name, alias or person: Daesh, Zarif…"
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
            active={showActive && index === activeIndex}
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
    <li id={optionId} role="option" aria-selected={active} aria-current={chosen ? "true" : undefined} className={classes.join(" ")} onClick={() => onChoose(match.actor.id)} onMouseEnter={() => onHover(index)}>
      <span>{match.actor.name}</span>
      {absent ? <span className={styles.via}> · not on the map this year</span> : null}
      {match.speaker !== null ? (
        <span className={styles.person}>
          {match.speaker.name} — speaks for {match.actor.name} in {match.speaker.claims === 1 ? "1 claim" : `${match.speaker.claims} claims`}
        </span>
      ) : null}
      {match.inDescription ? <span className={styles.person}>named in its description</span> : null}
      {match.actor.aliases.length > 0 ? <span className={styles.aliases}>also {aliasesLeadingWith(match.actor.aliases, match.via).join(", ")}</span> : null}
    </li>
  );
});

/** The aliases, the one the query matched first: the reader sees why an actor is listed. */
function aliasesLeadingWith(aliases: readonly string[], matched: string | null): string[] {
  if (matched === null) return [...aliases];
  return [matched, ...aliases.filter((alias) => alias !== matched)];
}
