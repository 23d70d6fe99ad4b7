"use client";

import type { ReactNode } from "react";
import styles from "./graph.module.css";

interface GraphStageProps {
  year: number;
  shownRelations: number;
  /** Said over the canvas when the year has nothing to draw; null otherwise. */
  emptyMessage: string | null;
  onFit: () => void;
  onZoom: (factor: number) => void;
  onRearrange: () => void;
  /** Puts every actor back at the year's own layout; absent where there is none (big graphs). */
  onResetLayout?: () => void;
  /** Whether the reader arranged this year (dragged an actor or re-arranged): only then is there a layout to reset. */
  arranged: boolean;
  /** One line per pair, or each relation on its own (forced while a comparison marks single relations). */
  lines: { separate: boolean; forced: boolean; onChange: (separate: boolean) => void };
  /** More toolbar controls, after the view buttons (the Export menu). */
  tools?: ReactNode;
  children: ReactNode;
}

/** The box around the canvas: the empty-year notice, the view buttons, and the tooltip layer. */
export function GraphStage({ year, shownRelations, emptyMessage, onFit, onZoom, onRearrange, onResetLayout, arranged, lines, tools, children }: GraphStageProps) {
  return (
    <div className={styles.stage} data-testid="graph" data-year={year} data-shown-relations={shownRelations}>
      {children}
      {emptyMessage === null ? null : (
        <p className={styles.empty} role="status" data-testid="empty-year">
          {emptyMessage}
        </p>
      )}
      <div className={styles.toolbar}>
        <button type="button" onClick={() => onZoom(1.25)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => onZoom(0.8)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={onFit} title="Zoom to what this year shows">
          Fit view
        </button>
        <button type="button" onClick={onRearrange} title="Lay out again what this year shows, and keep it as your arrangement of the year">
          Re-arrange
        </button>
        {onResetLayout === undefined ? null : (
          <button
            type="button"
            onClick={onResetLayout}
            disabled={!arranged}
            title={arranged ? `Your arrangement of ${year} is kept in this browser; put every actor back where the year's layout has it` : `${year} shows its own layout (drag actors or Re-arrange to make yours)`}
          >
            Reset layout
          </button>
        )}
        <button
          type="button"
          aria-pressed={lines.separate}
          disabled={lines.forced}
          onClick={() => lines.onChange(!lines.separate)}
          title={lines.forced ? "A comparison marks single relations, so each has its own line" : "Draw each relation as its own line instead of one line per pair"}
        >
          Separate lines
        </button>
        {tools}
        {/* The analyses sit below the map: this entry reaches them from the first screen. */}
        <a className={styles.toolLink} href="#analysis" title="Compare years, balance, blocs and a dyad's history, below the map">
          Analyses ↓
        </a>
      </div>
    </div>
  );
}
