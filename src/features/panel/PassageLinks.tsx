import type { ContentIndex } from '../../content/content-index';
import { resolvePassage } from '../../content/content-index';
import { AtlasLink } from '../../components/AtlasLink';
import { useI18n } from '../../state/use-i18n';

/** Links to the exact analysis passages a site or event comes from. */
export function PassageLinks({ refs, index }: { refs: readonly string[]; index: ContentIndex }) {
  const { t } = useI18n();
  return (
    <ul className="passage-links">
      {refs.map((ref) => {
        const p = resolvePassage(index, ref);
        if (!p) return <li key={ref}>{t('passage.unknown', { ref })}</li>;
        return (
          <li key={ref}>
            <AtlasLink to={{ kind: 'analysis', id: p.analysis.id, passage: p.passage.anchor }}>
              §{p.number} <bdi lang="en">{p.passage.title}</bdi>
            </AtlasLink>{' '}
            <span className="muted">{t('passage.in', { title: p.analysis.title, publisher: p.analysis.publisher })}</span>
          </li>
        );
      })}
    </ul>
  );
}
