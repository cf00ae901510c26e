import type { ContentIndex } from '../../content/content-index';
import type { Analysis } from '../../content/schema';
import { useI18n } from '../../state/use-i18n';
import { formatDateOrRange } from '../../content/dates';
import { isLaterSource } from '../../content/source-timing';

/** Sources as a list of links, each marked when it came after the analyses the item comes from. */
export function SourceList({ ids, index, analyses }: { ids: readonly string[]; index: ContentIndex; analyses: readonly Analysis[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = index.sources.get(id);
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
