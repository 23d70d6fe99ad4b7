"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { type Arrangement, arrangementKey, NO_ARRANGEMENT, parseArrangement, withoutYear, withPlaced } from "@/lib/layout";

export interface ArrangementStore {
  arrangement: Arrangement;
  /** False until the browser's stored arrangement is read (after mount: the server has none). */
  loaded: boolean;
  place: (year: number, placed: Readonly<Record<string, readonly [number, number]>>) => void;
  reset: (year: number) => void;
}

/** The reader's arrangement of this dataset's map, kept in local storage across reloads. */
export function useArrangement(actorIds: readonly string[]): ArrangementStore {
  const key = useMemo(() => arrangementKey(actorIds), [actorIds]);
  const [arrangement, setArrangement] = useState<Arrangement>(NO_ARRANGEMENT);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    setArrangement(parseArrangement(readStored(key)));
    setLoaded(true);
  }, [key]);
  const change = useCallback(
    (next: (previous: Arrangement) => Arrangement) =>
      setArrangement((previous) => {
        const updated = next(previous);
        writeStored(key, updated);
        return updated;
      }),
    [key],
  );
  const place = useCallback((year: number, placed: Readonly<Record<string, readonly [number, number]>>) => change((previous) => withPlaced(previous, year, placed)), [change]);
  const reset = useCallback((year: number) => change((previous) => withoutYear(previous, year)), [change]);
  return { arrangement, loaded, place, reset };
}

// Storage can be off (private modes, a full quota): the arrangement then lasts as long as the page.
function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, arrangement: Arrangement): void {
  try {
    if (Object.keys(arrangement).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(arrangement));
  } catch {
    // Kept in memory only.
  }
}
