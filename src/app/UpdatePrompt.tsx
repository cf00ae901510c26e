import { useEffect, useState } from 'react';
import { useI18n } from '../state/use-i18n';
import { registerServiceWorker } from './service-worker';

/**
 * Registers the service worker (rendered once the first view has settled: AtlasLayout), and says when a new version of the atlas is ready:
 * the reader chooses when to reload, so a page never mixes an old build with a new one.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [apply, setApply] = useState<(() => void) | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void registerServiceWorker((next) => {
      setApply(() => next);
      setDismissed(false);
    });
  }, []);
  if (!apply || dismissed) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button type="button" onClick={apply}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
