"use client";

import { useEffect } from "react";

/**
 * ← and → step the year from anywhere on the page, except where those keys already mean
 * something: text fields, selects, the slider itself and list boxes.
 */
export function useArrowKeys(onStep: (delta: -1 | 1) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      if (ownsArrowKeys(event.target)) return;
      event.preventDefault();
      onStep(event.key === "ArrowLeft" ? -1 : 1);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onStep]);
}

function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest("input, textarea, select, [role=listbox], [role=combobox], [role=slider], [role=tablist]") !== null) return true;
  return false;
}
