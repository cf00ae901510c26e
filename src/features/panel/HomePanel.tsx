import type { ReactNode } from 'react';
import { formatDateOrRange } from '../../content/dates';
import { AtlasLink } from '../../components/AtlasLink';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { VisibleList } from './VisibleList';

/** The overview: what the atlas is, the analyses it maps, what is on the map now; then `children` (the take-away tools). */
export function HomePanel({ children }: { children?: ReactNode }) {
  const { index, shown } = useAtlasView();
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
      <VisibleList shown={shown} />
      {children}
    </article>
  );
}
