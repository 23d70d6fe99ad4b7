"use client";

import { type KeyboardEvent, memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { type ExportAction, type ExportContext, exportGroups, loadExportActions } from "./export-menu-items";
import { momentLabel } from "@/lib/time";
import styles from "./export-menu.module.css";
import { ExportMessages } from "./ExportMessages";
import { useExportRunner } from "./use-export-runner";

/**
 * "Export" in the graph toolbar: a disclosure button and a panel of export buttons (pictures of
 * the map, the data of the year as filtered, a link to the view). Tab or ↑/↓ move between the
 * items; Escape or a click elsewhere closes it. Everything is computed in the browser, by code
 * that loads on the first opening (an export chosen before it arrives waits, as "Exporting…").
 */
export const ExportMenu = memo(function ExportMenu({ cy, model, view }: ExportContext) {
  const [open, setOpen] = useState(false);
  const runner = useExportRunner();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const when = momentLabel({ year: view.year, month: view.month ?? null });
  const groups = useMemo(() => exportGroups(when), [when]);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    // A failed load is not an error here: the export that needs it reports it.
    loadExportActions().catch(() => undefined);
    items(rootRef.current)[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || rootRef.current?.contains(event.target) !== true) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  // A failed item was disabled while busy, which dropped the focus; give it back once re-enabled.
  const { failedId, busyId } = runner;
  useEffect(() => {
    if (failedId !== null && busyId === null) rootRef.current?.querySelector<HTMLButtonElement>(`[data-export-item="${failedId}"]`)?.focus();
  }, [failedId, busyId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      close(true);
    } else if (event.key === "Escape" && (runner.error !== null || runner.manualCopy !== null)) {
      event.stopPropagation();
      runner.dismiss();
      toggleRef.current?.focus();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && open) {
      const list = items(rootRef.current);
      const at = list.findIndex((item) => item === document.activeElement);
      const down = event.key === "ArrowDown";
      const next = list[at === -1 ? (down ? 0 : list.length - 1) : (at + (down ? 1 : list.length - 1)) % list.length];
      if (next !== undefined) {
        event.preventDefault();
        next.focus();
      }
    }
  };

  const choose = async (action: ExportAction) => {
    const outcome = await runner.run(action, { cy, model, view });
    // Keep the panel open on failure, next to the alert saying why; when the link field
    // appears instead of a copy, it takes the focus.
    if (outcome !== null) close(outcome.manualCopy === undefined);
  };

  return (
    <div className={styles.menu} ref={rootRef} onKeyDown={onKeyDown}>
      {/* Until the explorer has read the URL and drawn the map (cy is passed only then), an
          export would be of the default view rather than the one asked for. */}
      <button
        ref={toggleRef}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={cy === null}
        title={cy === null ? "The map is still loading" : "Save a picture or the data of this view, or copy a link to it"}
        onClick={() => setOpen((was) => !was)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <div className={styles.dropdown}>
        <div id={panelId} className={styles.panel} hidden={!open}>
          {groups.map((group, index) => (
            // A group per heading rather than a <section>: four landmarks inside a menu would be noise.
            <div key={group.heading} role="group" aria-labelledby={`${panelId}-${index}`}>
              <h3 id={`${panelId}-${index}`} className={styles.heading}>
                {group.heading}
              </h3>
              <ul className={styles.list}>
                {group.actions.map((action) => (
                  <li key={action.id}>
                    <button
                      type="button"
                      className={styles.item}
                      data-export-item={action.id}
                      disabled={runner.busyId !== null}
                      aria-busy={runner.busyId === action.id}
                      onClick={() => void choose(action)}
                    >
                      {runner.busyId === action.id ? "Exporting…" : action.label}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <ExportMessages status={runner.status} error={runner.error} manualCopy={runner.manualCopy} onDismiss={runner.dismiss} />
      </div>
    </div>
  );
});

function items(root: HTMLElement | null): HTMLButtonElement[] {
  return root === null ? [] : Array.from(root.querySelectorAll<HTMLButtonElement>("[data-export-item]:not(:disabled)"));
}
