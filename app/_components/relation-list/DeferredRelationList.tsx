"use client";

import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { relationsOf, type Snapshot } from "@/lib/snapshot";
import type { Moment } from "@/lib/time";
import { RelationList, type RelationListProps } from "./RelationList";

type DeferredRelationListProps = Omit<RelationListProps, "relations" | "at"> & { snapshot: Snapshot; year: number; month: number | null };

/**
 * The relation table, updated *after* the map. At 20,000 relations a year shows thousands of
 * rows; rendered in the slider's input event (or laid out in the same frame), they would sit
 * between the input and the map's next painted frame. Here the table takes the new snapshot only
 * once that frame is painted, as a transition (interruptible, and skipped for years the slider
 * has already left), and only then looks up its relations. The click handler is read through a
 * ref, so the new handler identity every year step brings never re-renders the table by itself.
 */
export function DeferredRelationList({ onSelectRelation, snapshot, year, month, model, ...rest }: DeferredRelationListProps) {
  const [shown, setShown] = useState<{ snapshot: Snapshot; at: Moment }>({ snapshot, at: { year, month } });
  useEffect(() => {
    if (shown.snapshot === snapshot && shown.at.year === year && shown.at.month === month) return;
    let timer: number | undefined;
    // A task queued from a frame callback runs after that frame is painted.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown({ snapshot, at: { year, month } })), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [snapshot, year, month, shown]);

  const relations = useMemo(() => relationsOf(model, shown.snapshot), [model, shown.snapshot]);
  const latest = useRef(onSelectRelation);
  useEffect(() => {
    latest.current = onSelectRelation;
  }, [onSelectRelation]);
  const select = useCallback((id: string) => latest.current(id), []);
  return <MemoRelationList {...rest} model={model} relations={relations} at={shown.at} onSelectRelation={select} />;
}

const MemoRelationList = memo(RelationList);
