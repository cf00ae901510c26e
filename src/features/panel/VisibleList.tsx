import { formatDateOrRange } from '../../content/dates';
import type { VisibleContent } from '../../content/visible';
import { AtlasLink } from '../../components/AtlasLink';
import { nameIn } from '../../content/names';
import { useI18n } from '../../state/use-i18n';

const MAX_EVENTS = 200;

/** Everything the map draws at the chosen time, as a list keyboard and screen-reader users can walk. */
export function VisibleList({ visible }: { visible: VisibleContent }) {
  const { t, lang, locale } = useI18n();
  const latest = visible.events.slice(-MAX_EVENTS).reverse();
  return (
    <section className="visible-list" aria-labelledby="visible-title">
      <h3 id="visible-title">{t('home.onMap')}</h3>
      <h4>{t('home.sites', { count: visible.sites.length })}</h4>
      <ul>
        {visible.sites.map(({ site, status }) => (
          <li key={site.id}>
            <AtlasLink to={{ kind: 'site', id: site.id }}>{nameIn(site.names, lang)}</AtlasLink>{' '}
            <span className="muted">— {t(`status.${status ? status.period.status : 'none'}`)}</span>
          </li>
        ))}
      </ul>
      <h4>{t('home.events', { count: visible.events.length })}</h4>
      <ul>
        {latest.map((e) => (
          <li key={e.id}>
            <span className="muted">{formatDateOrRange(e.date, locale)}</span> <AtlasLink to={{ kind: 'event', id: e.id }}>{e.title}</AtlasLink>
          </li>
        ))}
      </ul>
      {visible.events.length > MAX_EVENTS && (
        <p className="muted">{t('home.capped', { count: MAX_EVENTS })}</p>
      )}
    </section>
  );
}
