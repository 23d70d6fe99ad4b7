"use client";

import styles from "./export-menu.module.css";

interface ExportMessagesProps {
  status: string;
  error: string | null;
  manualCopy: string | null;
  onDismiss: () => void;
}

/**
 * What an export says afterwards. The status region is always in the page, so screen readers
 * announce "Link copied" when its text changes; an alert appears only for a failure.
 */
export function ExportMessages({ status, error, manualCopy, onDismiss }: ExportMessagesProps) {
  return (
    <>
      <p role="status" className={status === "" ? styles.statusEmpty : styles.status} data-testid="export-status">
        {status}
      </p>
      {error === null ? null : (
        <div role="alert" className={styles.alert} data-testid="export-error">
          <span>Export failed: {error}</span>
          <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label="Dismiss the export error">
            ×
          </button>
        </div>
      )}
      {manualCopy === null ? null : (
        <div className={styles.manual}>
          <label>
            Copy this link
            {/* Selected on focus so Ctrl+C / ⌘C copies it at once. */}
            <input type="text" readOnly value={manualCopy} autoFocus onFocus={(event) => event.currentTarget.select()} data-testid="export-link-field" />
          </label>
          <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label="Close the link field">
            ×
          </button>
        </div>
      )}
    </>
  );
}
