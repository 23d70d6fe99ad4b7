"use client";

import { type EditableDataset, type History, redoLabel, undoLabel } from "@/lib/edit";
import styles from "./edit-dataset.module.css";

interface EditToolbarProps {
  history: History<EditableDataset>;
  onUndo: () => void;
  onRedo: () => void;
  onDownloadFiles: () => void;
  onDownloadSnapshot: () => void;
}

/** Undo and redo (naming the step), and the two downloads: data files as a .zip, or one snapshot file. */
export function EditToolbar({ history, onUndo, onRedo, onDownloadFiles, onDownloadSnapshot }: EditToolbarProps) {
  const undo = undoLabel(history);
  const redo = redoLabel(history);
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Edit history and downloads">
      <button type="button" onClick={onUndo} disabled={undo === null} title={undo === null ? "Nothing to undo" : `Undo: ${undo}`} data-testid="edit-undo">
        Undo{undo === null ? "" : `: ${undo}`}
      </button>
      <button type="button" onClick={onRedo} disabled={redo === null} title={redo === null ? "Nothing to redo" : `Redo: ${redo}`} data-testid="edit-redo">
        Redo{redo === null ? "" : `: ${redo}`}
      </button>
      <button type="button" onClick={onDownloadFiles} data-testid="download-data-files">
        Download data files (.zip)
      </button>
      <button type="button" onClick={onDownloadSnapshot} data-testid="download-snapshot">
        Download snapshot (.json)
      </button>
    </div>
  );
}
