"use client";

import { memo, startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Relation } from "@/lib/schema";
import { RelationList, type RelationListProps } from "./RelationList";

/**
 * The relation table, updated *after* the map. At 20,000 relations a year shows thousands of
 * rows; rendered in the slider's input event (or laid out in the same frame), they would sit
 * between the input and the map's next painted frame. Here the table takes the new year only
 * once that frame is painted, as a transition (interruptible, and skipped for years the slider
 * has already left). The click handler is read through a ref, so the new handler identity every
 * year step brings never re-renders the table by itself.
 */
export function DeferredRelationList({ onSelectRelation, relations, year, ...rest }: RelationListProps) {
  const [shown, setShown] = useState<{ relations: Relation[]; year: number }>({ relations, year });
  useEffect(() => {
    if (shown.relations === relations && shown.year === year) return;
    let timer: number | undefined;
    // A task queued from a frame callback runs after that frame is painted.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown({ relations, year })), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [relations, year, shown]);

  const latest = useRef(onSelectRelation);
  useEffect(() => {
    latest.current = onSelectRelation;
  }, [onSelectRelation]);
  const select = useCallback((id: string) => latest.current(id), []);
  return <MemoRelationList {...rest} relations={shown.relations} year={shown.year} onSelectRelation={select} />;
}

const MemoRelationList = memo(RelationList);
