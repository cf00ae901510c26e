import type { MessageKey } from '../i18n/en';
import { useContentProgress } from '../state/content-store';
import { useI18n } from '../state/use-i18n';

/**
 * What a place waiting for the content says: how far the load has got (megabytes received, of how many when known;
 * then checking, then preparing), or `waiting` before the load has started and for content too small to notice.
 */
export function LoadingMessage({ waiting }: { waiting: MessageKey }) {
  const progress = useContentProgress();
  const { t, locale } = useI18n();
  if (!progress) return t(waiting);
  if (progress.stage === 'checking') return t('app.checkingContent');
  if (progress.stage === 'preparing') return t('app.preparingContent');
  const mb = (bytes: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);
  if (progress.total === null) return t('app.loadingBytes', { received: mb(progress.received) });
  return t('app.loadingBytesOf', { received: mb(progress.received), total: mb(progress.total) });
}
