import { useState } from 'react';

/** Copies the page's address (selection, date and viewport) so it can be sent to someone. */
export function CopyLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the address bar' : ''}
      </span>
    </span>
  );
}
