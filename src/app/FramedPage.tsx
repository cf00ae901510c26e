import { useI18n } from '../state/use-i18n';

/**
 * The full atlas inside another site's frame, where the host could not forbid it by header: a link to open it in
 * its own tab instead (embeds, under /embed/, are made for frames).
 */
export function FramedPage() {
  const { t } = useI18n();
  return (
    <main className="framed">
      <p>{t('framed.body')}</p>
      <a href={window.location.href} target="_blank" rel="noopener">
        {t('embed.open')}
      </a>
    </main>
  );
}
