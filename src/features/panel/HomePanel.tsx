import type { ReactNode } from 'react';
import type { ContentIndex } from '../../content/content-index';
import { formatDateOrRange } from '../../content/dates';
import type { VisibleContent } from '../../content/visible';
import { AtlasLink } from '../../components/AtlasLink';
import { VisibleList } from './VisibleList';
import { useI18n } from '../../state/use-i18n';

/** The overview: what the atlas is, the analyses it maps, what is on the map now; then `children` (the take-away tools). */
export function HomePanel({ index, visible, children }: { index: ContentIndex; visible: VisibleContent; children?: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{t('app.homeTitle')}</title>
      <h2 id="panel-title" tabIndex={-1}>
        {t('home.title')}
      </h2>
      <p>{t('home.intro')}</p>
      <h3>{t('home.analyses')}</h3>
      <ul>
        {index.content.analyses.map((a) => (
          <li key={a.id}>
            <AtlasLink to={{ kind: 'analysis', id: a.id }}>{a.title}</AtlasLink>{' '}
            <span className="muted">
              {a.publisher}, {formatDateOrRange(a.published, locale)}
            </span>
          </li>
        ))}
      </ul>
      <VisibleList visible={visible} />
      {children}
    </article>
  );
}
