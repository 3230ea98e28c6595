'use client';

import { useState } from 'react';

/** Copies `text` to the clipboard and says so; the text itself is on the page, selectable without script. */
export function CopyButton({ text, label }: { text: string; label: string }): React.ReactNode {
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${label} copied.`);
    } catch {
      setStatus('Copying is blocked here: select the text instead.');
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void copy()}>
        Copy {label}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </>
  );
}
