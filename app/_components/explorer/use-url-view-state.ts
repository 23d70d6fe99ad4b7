"use client";

import { useCallback, useEffect, useState } from "react";
import { keepUnchanged, type ParsedViewState, parseViewState, serializeViewState, type ViewContext, type ViewState } from "@/lib/view-state";

/** How a change enters history: selections get an entry (back/forward step through them); scrubbing and filters replace it. */
export type HistoryMode = "push" | "replace";

export interface UrlViewState {
  state: ViewState;
  notices: string[];
  /** Until the URL has been read, the state is the default one the server rendered. */
  ready: boolean;
  update: (next: ViewState, mode: HistoryMode) => void;
  dismissNotices: () => void;
}

/**
 * The view state, kept in the URL. Read after mount (the page is static, so the server cannot
 * see the query) and again on back/forward; written with the native history API, which Next
 * keeps in sync with its router.
 */
export function useUrlViewState(context: ViewContext): UrlViewState {
  const [parsed, setParsed] = useState<ParsedViewState>(() => parseViewState("", context));
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const read = () => {
      const next = parseViewState(window.location.search, context);
      setParsed((previous) => ({ state: keepUnchanged(previous.state, next.state), notices: next.notices }));
      setReady(true);
    };
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [context]);

  const update = useCallback((next: ViewState, mode: HistoryMode) => {
    setParsed({ state: next, notices: [] });
    const query = serializeViewState(next);
    if (query === window.location.search) return;
    if (mode === "push") window.history.pushState(null, "", query);
    else window.history.replaceState(null, "", query);
  }, []);

  const dismissNotices = useCallback(() => setParsed((previous) => ({ ...previous, notices: [] })), []);
  return { state: parsed.state, notices: parsed.notices, ready, update, dismissNotices };
}
