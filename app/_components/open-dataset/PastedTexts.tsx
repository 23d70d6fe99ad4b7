"use client";

import { useState } from "react";
import styles from "./open-dataset.module.css";
import type { PastedText } from "./worker-protocol";

/**
 * Source texts pasted instead of given as files: each named as its source's corpusFile names it
 * ("report.txt"), and checked against the quotes like a text file. Kept as text, never as HTML.
 */
export function PastedTexts({ texts, onChange }: { texts: PastedText[]; onChange: (texts: PastedText[]) => void }) {
  const [name, setName] = useState("");
  const [text, setText] = useState("");
  const add = () => {
    const trimmed = name.trim();
    if (trimmed === "" || text.trim() === "") return;
    onChange([...texts.filter((given) => given.name !== trimmed), { name: trimmed, text }]);
    setName("");
    setText("");
  };
  return (
    <details className={styles.pasted}>
      <summary>Paste a source text{texts.length > 0 ? ` (${texts.length} pasted)` : ""}</summary>
      <label>
        File name, as the source&apos;s corpusFile gives it <input value={name} onChange={(event) => setName(event.currentTarget.value)} placeholder="report.txt" data-testid="pasted-text-name" />
      </label>
      <label>
        Text <textarea rows={5} value={text} onChange={(event) => setText(event.currentTarget.value)} data-testid="pasted-text" />
      </label>
      <button type="button" onClick={add} disabled={name.trim() === "" || text.trim() === ""}>
        Add this text
      </button>
      {texts.length === 0 ? null : (
        <ul>
          {texts.map((given) => (
            <li key={given.name}>
              {given.name} ({given.text.length} characters){" "}
              <button type="button" className="link-button" onClick={() => onChange(texts.filter((other) => other !== given))}>
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>Pasted texts go with the next files you open.</p>
    </details>
  );
}
