"use client";

import { useEffect, useRef, useState } from "react";

/** A readable pace: long enough to see what changed before the next year comes in. */
export const PLAY_STEP_MS = 900;

/**
 * Play/pause along the time axis (years, or months in month mode), one step at a time, stopping at
 * `last`. Each step is a fresh timeout after the last has rendered, so a slow render never skips one.
 */
export function usePlayback(year: number, last: number, onYearChange: (year: number) => void) {
  const [playing, setPlaying] = useState(false);
  // The latest callback, read when the timer fires: a new callback identity must not restart the step.
  const onYearChangeRef = useRef(onYearChange);
  useEffect(() => {
    onYearChangeRef.current = onYearChange;
  }, [onYearChange]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (year < last) onYearChangeRef.current(year + 1);
      if (year + 1 >= last) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, last]);
  return { playing, setPlaying };
}
