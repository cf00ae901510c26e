import { lazy, Suspense } from 'react';
import { formatDateOrRange } from '../../content/dates';
import { inLanguage } from '../../content/names';
import { AtlasLink } from '../../components/AtlasLink';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { VisibleList } from './VisibleList';

// Only "between two dates" shows it: fetched then, not with the first view.
const ChangesList = lazy(() => import('./ChangesList').then((m) => ({ default: m.ChangesList })));

/** The overview: what the atlas is, the analyses it maps, what is on the map now. */
export function HomePanel() {
  const { index, shown, time } = useAtlasView();
  const { t, lang, locale } = useI18n();
  // What the atlas is about is content (content/atlas.yaml), in the reader's language where it is given.
  const { atlas } = index.content;
  const title = inLanguage(atlas.title, lang);
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{t('app.pageTitle', { title })}</title>
      <h2 id="panel-title" tabIndex={-1}>
        {title}
      </h2>
      {/* Between two dates, the overview opens with what changed. */}
      {time.from !== null && (
        <Suspense fallback={null}>
          <ChangesList />
        </Suspense>
      )}
      <p>{inLanguage(atlas.introduction, lang)}</p>
      <h3>{t('home.analyses')}</h3>
      <ul>
        {index.content.analyses.map((a) => (
          <li key={a.id}>
            <AtlasLink to={{ kind: 'analysis', id: a.id }}>{a.title}</AtlasLink>{' '}
            <span className="muted">
              <bdi lang="en">{a.publisher}</bdi>, {formatDateOrRange(a.published, locale)} · <bdi lang="en">{a.region}</bdi>
            </span>
          </li>
        ))}
      </ul>
      <VisibleList shown={shown} />
    </article>
  );
}
