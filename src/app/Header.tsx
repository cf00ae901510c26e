import { lazy, Suspense, useState } from 'react';
import { AtlasLink } from '../components/AtlasLink';
import { LANGS, LANG_NAMES, loadMessages, parseLang } from '../i18n/i18n';
import { useAtlasView } from '../state/atlas-view';
import { useI18n } from '../state/use-i18n';
import { useNarrowScreen } from '../state/use-narrow-screen';
import { LANG_KEY, withParam } from '../state/url-state';
import { useReplaceQuery } from '../state/view-actions';
import { useUiStore } from '../state/ui-store';

const SearchBox = lazy(() => import('../features/search/SearchBox').then((m) => ({ default: m.SearchBox })));

/**
 * Search comes once the first view has settled (its chunk costs that view nothing); until then, the same box, not
 * yet usable, holds its place so nothing moves when it arrives.
 */
function Search() {
  const { t } = useI18n();
  const settled = useUiStore((s) => s.mapStatus.kind !== 'loading');
  const narrow = useNarrowScreen();
  const waiting = (
    <div className="search">
      <input type="search" disabled placeholder={t(narrow ? 'search.placeholderShort' : 'search.placeholder')} aria-label={t('search.label')} />
    </div>
  );
  return settled ? <Suspense fallback={waiting}><SearchBox /></Suspense> : waiting;
}

function AnalysesNav() {
  const { index } = useAtlasView();
  const { t } = useI18n();
  return (
    <nav aria-label={t('home.analyses')} className="header-nav">
      <span className="muted">{t('app.analyses')}</span>
      {index.content.analyses.map((a) => (
        // Cut short with an ellipsis when the header has no room for it (app.css): the whole title on hover. In English,
        // so in the Arabic interface too it is read, and cut, from its start.
        <AtlasLink key={a.id} to={{ kind: 'analysis', id: a.id }} title={a.title} lang="en">
          {a.title}
        </AtlasLink>
      ))}
    </nav>
  );
}

/** The language is part of the URL, like everything else a link should carry. */
function LanguageSwitch() {
  const { t, lang, failed: linkFailed } = useI18n();
  const replaceQuery = useReplaceQuery();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <label className="lang-switch">
        <span className="visually-hidden">{t('app.language')}</span>
        <select
          value={lang}
          // The language changes once its strings are here, never half (direction without words): if they cannot be
          // fetched (offline, before the service worker has them), the interface stays as it is and says so.
          onChange={(e) => {
            const next = parseLang(e.target.value);
            setFailed(false);
            loadMessages(next).then(
              // English is the default, so it leaves the key out of the link.
              () => replaceQuery(withParam(window.location.search, LANG_KEY, next === 'en' ? null : next)),
              () => setFailed(true),
            );
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {(failed || linkFailed) && (
        <span role="alert" className="lang-switch__failed">
          {t('lang.failed')}
        </span>
      )}
    </>
  );
}

/** The header: the atlas's name, and once the content is in (`loaded`), search and the analyses; the language. */
export function Header({ loaded }: { loaded: boolean }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <h1 className="brand">
        <AtlasLink to={null}>{t('app.name')}</AtlasLink>
      </h1>
      {loaded && <Search />}
      {loaded && <AnalysesNav />}
      <LanguageSwitch />
    </header>
  );
}
