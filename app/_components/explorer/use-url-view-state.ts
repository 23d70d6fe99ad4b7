"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { keepUnchanged, type ParsedViewState, parseViewState, serializeViewState, type ViewContext, type ViewState, withDatasetParam } from "@/lib/view-state";

/** How long the URL waits for scrubbing to settle before it is rewritten. */
export const URL_SETTLE_MS = 150;

/** How a change enters history: selections get an entry (back/forward step through them); scrubbing and filters replace it. */
export type HistoryMode = "push" | "replace";

export interface UrlViewState {
  state: ViewState;
  notices: string[];
  /** True once the whole state is the URL's (after mount); before, only its year and filters are. */
  ready: boolean;
  update: (next: ViewState, mode: HistoryMode) => void;
  dismissNotices: () => void;
}

/**
 * The view state, kept in the URL. The server passes the query it rendered (`initialQuery`), so
 * the first frame already shows the link's year and filters; the whole state (selection, analysis)
 * is read after mount (once a first view has its whole) and on back/forward; written with the native history API.
 */
export function useUrlViewState(context: ViewContext, initialQuery: string | null = null, firstViewYear: number | null = null): UrlViewState {
  const [parsed, setParsed] = useState<ParsedViewState>(() => serverRendered(parseViewState(initialQuery ?? "", context), firstViewYear));
  const settled = firstViewYear === null;
  const [ready, setReady] = useState(false);

  const pendingQuery = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const read = () => {
      // Back or forward wins over a scrub not yet written.
      window.clearTimeout(timer.current);
      pendingQuery.current = null;
      const next = parseViewState(window.location.search, context);
      setParsed((previous) => ({ state: keepUnchanged(previous.state, next.state), notices: next.notices }));
      setReady(true);
    };
    // A first view's context knows one year: the link's selection and analyses wait for the whole
    // (their years are checked against it); the state the server rendered is whole for now.
    if (!settled) return void setReady(true);
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [context, settled]);

  // Scrubbing writes the URL once it settles: history.replaceState costs milliseconds per call
  // (Next keeps its router state in the entry), which a year step cannot afford.
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const query = pendingQuery.current;
    pendingQuery.current = null;
    if (query !== null && query !== window.location.search) window.history.replaceState(null, "", query);
  }, []);
  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: ViewState, mode: HistoryMode) => {
      setParsed({ state: next, notices: [] });
      // A locally opened dataset stays chosen while the view changes.
      const query = withDatasetParam(serializeViewState(next), window.location.search);
      if (mode === "replace") {
        pendingQuery.current = query;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(flush, URL_SETTLE_MS);
        return;
      }
      flush();
      if (query !== window.location.search) window.history.pushState(null, "", query);
    },
    [flush],
  );

  const dismissNotices = useCallback(() => setParsed((previous) => ({ ...previous, notices: [] })), []);
  return { state: parsed.state, notices: parsed.notices, ready, update, dismissNotices };
}

/**
 * What the server renders of a link: its year, filters and actor toggle, not the panels and
 * analyses, whose positioned bars carry style attributes the CSP refuses in server HTML.
 */
function serverRendered(parsed: ParsedViewState, firstViewYear: number | null): ParsedViewState {
  const { year, filters, allActors } = parsed.state;
  const state = { year: firstViewYear ?? year, selection: null, filters, ...(allActors === true ? { allActors } : {}) };
  // A first view's context knows one year (its default year and spans are not the whole's): the
  // server chose the year from the whole, and the link's notices wait for it too.
  return { state, notices: firstViewYear === null ? parsed.notices : [] };
}
