/** Undo and redo over whole values: each step keeps the value before it, so undo is exact. */
export interface History<T> {
  past: readonly { value: T; label: string }[];
  present: T;
  /** What the step to `present` was ("add actor hezbollah"), or null at the start. */
  label: string | null;
  future: readonly { value: T; label: string }[];
}

/** How many steps back undo reaches: enough for a session of edits, bounded so memory is too. */
export const HISTORY_LIMIT = 100;

export const historyOf = <T>(value: T): History<T> => ({ past: [], present: value, label: null, future: [] });

/** A new present after an edit; what was undone before it can no longer be redone. */
export function pushed<T>(history: History<T>, value: T, label: string): History<T> {
  const past = [...history.past, { value: history.present, label: history.label ?? "" }].slice(-HISTORY_LIMIT);
  return { past, present: value, label, future: [] };
}

export function undone<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous.value, label: previous.label === "" ? null : previous.label, future: [{ value: history.present, label: history.label ?? "" }, ...history.future] };
}

export function redone<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, { value: history.present, label: history.label ?? "" }], present: next.value, label: next.label, future: rest };
}

/** The step undo would take back ("add actor hezbollah"), or null when there is none. */
export const undoLabel = (history: History<unknown>): string | null => (history.past.length === 0 ? null : history.label);
export const redoLabel = (history: History<unknown>): string | null => history.future[0]?.label ?? null;
