import './reader.css';
import type { SiteChange } from '../../content/changes';
import { formatDateOrRange, formatDay } from '../../content/dates';
import { nameIn } from '../../content/names';
import { AtlasLink } from '../../components/AtlasLink';
import { NumberingProvider, References, Refs, numberSources } from '../../components/References';
import { useAtlasView } from '../../state/atlas-view';
import { useChanges } from '../../state/use-changes';
import { changeWords } from '../../state/change-words';
import { useI18n } from '../../state/use-i18n';
import { EventLine } from './EventLine';

const MAX_EVENTS_PER_KIND = 50;

function ChangeLine({ change }: { change: SiteChange }) {
  const i18n = useI18n();
  const { t, lang, locale } = i18n;
  const what = changeWords(change, i18n);
  const reported = change.kind !== 'ended' && change.cause.reported ? ` · ${t('event.reported', { date: formatDateOrRange(change.cause.reported, locale) })}` : '';
  return (
    <li data-site={change.site.id}>
      <AtlasLink to={{ kind: 'site', id: change.site.id }}>
        <bdi>{nameIn(change.site.names, lang)}</bdi>
      </AtlasLink>
      : {what}, {formatDateOrRange(change.when, locale)}
      {reported}
      <Refs ids={change.cause.sources} />
    </li>
  );
}

/**
 * "Between two dates": what changed from the first date to the second (useChanges), each line a
 * link to its site or event, with the sources of each change. Shown at the top of the overview in that mode.
 */
export function ChangesList() {
  const { index } = useAtlasView();
  const changes = useChanges();
  const { t, locale } = useI18n();
  const numbering = numberSources(changes?.sites.map((c) => c.cause.sources) ?? []);
  if (!changes) return null;
  const total = changes.events.reduce((n, g) => n + g.events.length, 0);
  return (
    <NumberingProvider value={numbering}>
      <section className="changes" aria-labelledby="changes-title">
        <h3 id="changes-title">{t('changes.title', { from: formatDay(changes.from, 'day', locale), date: formatDay(changes.to, 'day', locale) })}</h3>
        <h4>{t('changes.sites', { count: changes.sites.length })}</h4>
        {changes.sites.length === 0 ? (
          <p className="muted">{t('changes.noSites')}</p>
        ) : (
          <ul>
            {changes.sites.map((c) => (
              <ChangeLine key={c.site.id} change={c} />
            ))}
          </ul>
        )}
        <h4>{t('changes.events', { count: total })}</h4>
        {changes.events.map(({ kind, events }) => (
          <div key={kind} className="changes__kind">
            <h5>
              {t(`eventKind.${kind}`)} ({events.length})
            </h5>
            <ul>
              {events.slice(0, MAX_EVENTS_PER_KIND).map((e) => (
                <EventLine key={e.id} event={e} />
              ))}
            </ul>
            {events.length > MAX_EVENTS_PER_KIND && <p className="muted small">{t('changes.more', { count: events.length - MAX_EVENTS_PER_KIND })}</p>}
          </div>
        ))}
        <References numbering={numbering} analyses={index.content.analyses} />
      </section>
    </NumberingProvider>
  );
}
