import styles from "./explorer.module.css";

/** What could not be used from the URL, said once, briefly, and dismissible. */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss: () => void }) {
  return (
    <div role="status" aria-live="polite" className={notices.length > 0 ? styles.notices : styles.noNotices}>
      {notices.length > 0 ? (
        <>
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss} aria-label="Dismiss these notices">
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
