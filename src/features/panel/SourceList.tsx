import type { AnalysisHead } from '../../content/texts';
import { useI18n } from '../../state/use-i18n';
import { useTexts } from '../../state/content-store';
import { formatDateOrRange } from '../../content/dates';
import { isLaterSource } from '../../content/source-timing';

/** Sources as a list of links, each marked when it came after the analyses the item comes from. */
export function SourceList({ ids, analyses }: { ids: readonly string[]; analyses: readonly AnalysisHead[] }) {
  const { t, locale } = useI18n();
  const texts = useTexts();
  if (!texts.ok) return <p role="status">{t('texts.unavailable', { reason: texts.reason })}</p>;
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = texts.texts.sources.get(id);
        if (!source) return <li key={id}>{t('source.unknown', { id })}</li>;
        const later = analyses.length > 0 && analyses.every((a) => isLaterSource(source, a));
        const label = `${source.title} — ${source.publisher}${source.date ? `, ${formatDateOrRange(source.date, locale)}` : ''}`;
        return (
          <li key={id} lang="en">
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
                {label}
              </a>
            ) : (
              label
            )}
            {later && <span className="tag tag--later"> {t('source.later')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
