import type { Shown } from '../../content/shown';
import { AtlasLink } from '../../components/AtlasLink';
import { nameIn } from '../../content/names';
import { useI18n } from '../../state/use-i18n';
import { EventLine } from './EventLine';

const MAX_EVENTS = 200;

/** Everything the map draws at the chosen time, as a list keyboard and screen-reader users can walk. */
export function VisibleList({ shown }: { shown: Shown }) {
  const { t, lang } = useI18n();
  const latest = shown.latest(MAX_EVENTS);
  return (
    <section className="visible-list" aria-labelledby="visible-title">
      <h3 id="visible-title">{t('home.onMap')}</h3>
      <h4>{t('home.sites', { count: shown.sites.length })}</h4>
      <ul>
        {shown.sites.map(({ site, status }) => (
          <li key={site.id}>
            <AtlasLink to={{ kind: 'site', id: site.id }}>
              <bdi>{nameIn(site.names, lang)}</bdi>
            </AtlasLink>{' '}
            <span className="muted">— {t(`status.${status ? status.period.status : 'none'}`)}</span>
          </li>
        ))}
      </ul>
      <h4>{t('home.events', { count: shown.eventCount })}</h4>
      <ul>
        {latest.map((e) => (
          <EventLine key={e.id} event={e} />
        ))}
      </ul>
      {shown.eventCount > MAX_EVENTS && (
        <p className="muted">{t('home.capped', { count: MAX_EVENTS })}</p>
      )}
    </section>
  );
}
