import { useLocation } from 'react-router';
import { AtlasLink } from '../components/AtlasLink';
import { LANGS, LANG_NAMES, loadMessages, parseLang } from '../i18n/i18n';
import { useAtlasView } from '../state/atlas-view';
import { useI18n } from '../state/use-i18n';
import { LANG_KEY, withParam } from '../state/url-state';
import { useReplaceQuery } from '../state/view-actions';
import { SearchBox } from '../features/search/SearchBox';

function AnalysesNav() {
  const { index } = useAtlasView();
  const { t } = useI18n();
  return (
    <nav aria-label={t('home.analyses')} className="header-nav">
      <span className="muted">{t('app.analyses')}</span>
      {index.content.analyses.map((a) => (
        <AtlasLink key={a.id} to={{ kind: 'analysis', id: a.id }}>
          {a.title}
        </AtlasLink>
      ))}
    </nav>
  );
}

/** The language is part of the URL, like everything else a link should carry. */
function LanguageSwitch() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const replaceQuery = useReplaceQuery();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={lang}
        // English is the default, so it leaves the key out of the link.
        onChange={(e) => {
          const next = parseLang(e.target.value);
          // Fetch the strings now; until they arrive (a few milliseconds) the interface shows English.
          loadMessages(next).catch(() => undefined);
          replaceQuery(withParam(search, LANG_KEY, next === 'en' ? null : next));
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
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
      {loaded && <SearchBox />}
      {loaded && <AnalysesNav />}
      <LanguageSwitch />
    </header>
  );
}
