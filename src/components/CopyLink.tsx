import { useState } from 'react';
import { useI18n } from '../state/use-i18n';

/**
 * Copies the view's link (selection, date, filters, language and viewport) so it can be sent to someone: `href`
 * gives it when asked, with the date always written out (url-state's `permalink`).
 */
export function CopyLink({ href }: { href: () => string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href());
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('app.copyLink')}
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? t('app.linkCopied') : state === 'failed' ? t('app.copyFailed') : ''}
      </span>
    </span>
  );
}
