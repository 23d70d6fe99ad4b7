"use client";

import { useCallback, useEffect, useState } from "react";
import { keepUnchanged, type ParsedViewState, parseViewState, serializeViewState, type ViewContext, type ViewState } from "@/lib/view-state";

/** How a change enters history: selections get an entry (back/forward step through them); scrubbing and filters replace it. */
export type HistoryMode = "push" | "replace";

export interface UrlViewState {
  state: ViewState;
  notices: string[];
  /** True once the state is the URL's: from the start when the server read the query, else after mount. */
  ready: boolean;
  update: (next: ViewState, mode: HistoryMode) => void;
  dismissNotices: () => void;
}

/**
 * The view state, kept in the URL. The server passes the query it rendered (`initialQuery`), so
 * the first frame already shows the link's year; it is read again after mount (the same query,
 * unchanged objects are kept) and on back/forward; written with the native history API.
 */
export function useUrlViewState(context: ViewContext, initialQuery: string | null = null): UrlViewState {
  const [parsed, setParsed] = useState<ParsedViewState>(() => parseViewState(initialQuery ?? "", context));
  const [ready, setReady] = useState(initialQuery !== null);

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
