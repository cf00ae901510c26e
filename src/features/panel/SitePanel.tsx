import type { ReactNode } from 'react';
import { analysesOf } from '../../content/content-index';
import { formatDateOrRange, formatDay, parseDateOrRange, parsePartialDate } from '../../content/dates';
import { nameIn } from '../../content/names';
import type { Site, StatusPeriod } from '../../content/schema';
import { afterAnalyses } from '../../content/source-timing';
import type { AnalysisHead } from '../../content/texts';
import { EventLine } from './EventLine';
import { Cited, NumberingProvider, References, Refs, SourceRefs, numberSources } from '../../components/References';
import { NO_STATUS_STYLE, STATUS_STYLE } from '../../components/status-style';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { PassageLinks } from './PassageLinks';
import { NameList } from '../../components/NameList';

/** When a period was first reported (where that differs), and whether it began after the analyses were written. */
function PeriodProvenance({ period, analyses }: { period: StatusPeriod; analyses: readonly AnalysisHead[] }) {
  const { t, locale } = useI18n();
  const start = parsePartialDate(period.from)?.start;
  const after = start === undefined ? null : afterAnalyses(start, analyses);
  if (!period.reported && after === null) return null;
  return (
    <p className="muted small">
      {period.reported && t('event.reported', { date: formatDateOrRange(period.reported, locale) })}
      {period.reported && after !== null && ' · '}
      {after !== null && <span className="tag tag--later">{t('provenance.afterAnalysis', { date: formatDay(after, 'day', locale) })}</span>}
    </p>
  );
}

/** Everything we know about one site, as of the selected date; `tools` (the measuring tools) go under its events. */
export function SitePanel({ site, tools }: { site: Site; tools?: ReactNode }) {
  const { index, shown } = useAtlasView();
  const { date } = shown.time;
  const { t, lang, locale } = useI18n();
  const now = shown.site(site.id)?.status ?? null;
  // The period as the panel tells it: with its note (the full site's, from texts.json).
  const period = now ? site.status[now.index] : undefined;
  const style = now ? STATUS_STYLE[now.period.status] : NO_STATUS_STYLE;
  const statusLabel = t(`status.${now ? now.period.status : 'none'}`);
  const analyses = analysesOf(index, site.passages);
  const events = index.eventsAtSite.get(site.id) ?? [];
  const name = nameIn(site.names, lang);
  // "Also: {names}", with each name isolated in its own direction (NameList).
  const [alsoBefore = '', alsoAfter = ''] = t('site.also', { names: '\u0000' }).split('\u0000');
  // Every source the panel cites, numbered in the order it shows them.
  const numbering = numberSources([
    period?.note,
    period?.disagreement,
    ...site.status.flatMap((p) => [p.note, p.disagreement, p.sources]),
    site.location.note,
    site.location.sources,
  ]);
  return (
    <NumberingProvider value={numbering}>
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{t('app.pageTitle', { title: name })}</title>
      <p className="eyebrow">{t(`siteKind.${site.kind}`)}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {name}
      </h2>
      <p className="names">
        {lang !== 'en' && <bdi lang="en">{site.names.en}</bdi>}
        {lang !== 'ar' && site.names.ar && (
          <bdi lang="ar" dir="rtl">
            {site.names.ar}
          </bdi>
        )}
        {lang !== 'ru' && site.names.ru && <bdi lang="ru">{site.names.ru}</bdi>}
      </p>
      {site.names.aliases && site.names.aliases.length > 0 && (
        <p className="muted" data-testid="aliases">
          {alsoBefore}
          <NameList names={site.names.aliases} separator={t('site.listSeparator')} />
          {alsoAfter}
        </p>
      )}

      <section className="status-now" aria-label={t('site.statusRegion')}>
        <h3>{t('site.onDate', { date: formatDay(date, 'day', locale) })}</h3>
        {site.status.length === 0 ? (
          <p>{t('site.noHistory', { label: statusLabel })}</p>
        ) : now ? (
          <>
            <p className="status-line" data-status={now.period.status}>
              <span className="swatch" style={{ background: style.hollow ? '#fff' : style.colour, borderColor: style.colour }} aria-hidden="true" />
              <strong>{statusLabel}</strong>
              {now.uncertain && <span className="tag"> {t('site.uncertain')}</span>}
            </p>
            <p lang="en">
              <Cited text={period?.note ?? ''} />
            </p>
            {period?.disagreement && (
              <p className="disagreement">
                <strong>{t('site.disagree')}</strong>{' '}
                <span lang="en">
                  <Cited text={period.disagreement} />
                </span>
              </p>
            )}
          </>
        ) : (
          <p>{t('site.noStatus')}</p>
        )}
      </section>

      {site.status.length > 0 && (
        <section aria-label={t('site.history')}>
          <h3>{t('site.history')}</h3>
          <ol className="history">
            {site.status.map((p, i) => {
              const s = STATUS_STYLE[p.status];
              const current = now?.index === i;
              const range = `${formatDateOrRange(p.from, locale)} – ${p.to ? formatDateOrRange(p.to, locale) : t('site.now')}`;
              return (
                <li key={i} className={current ? 'history__item history__item--current' : 'history__item'} aria-current={current ? 'true' : undefined}>
                  <span className="swatch" style={{ background: s.hollow ? '#fff' : s.colour, borderColor: s.colour }} aria-hidden="true" />
                  <div>
                    <p>
                      <strong>{t(`status.${p.status}`)}</strong> <span className="muted">{range}</span>
                    </p>
                    <p lang="en">
                      <Cited text={p.note} />
                    </p>
                    {p.disagreement && (
                      <p className="disagreement">
                        <strong>{t('site.disagree')}</strong>{' '}
                        <span lang="en">
                          <Cited text={p.disagreement} />
                        </span>
                      </p>
                    )}
                    <PeriodProvenance period={p} analyses={analyses} />
                    <SourceRefs ids={p.sources} />
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {events.length > 0 && (
        <section aria-label={t('site.eventsHere')}>
          <h3>{t('site.eventsHere')}</h3>
          <ul className="event-list">
            {events.map((e) => {
              const span = parseDateOrRange(e.date);
              return <EventLine key={e.id} event={e} time={span ? { date: span.end, from: null } : undefined} />;
            })}
          </ul>
        </section>
      )}

      {tools}

      <section aria-label={t('site.discussedIn')}>
        <h3>{t('site.discussedIn')}</h3>
        <PassageLinks refs={site.passages} index={index} />
      </section>
      <p className="muted small">
        {t(`location.${site.location.precision}`)} ({site.coordinates[1].toFixed(4)}°N, {site.coordinates[0].toFixed(4)}°E)
        {site.location.note && (
          <>
            {'. '}
            <span lang="en">
              <Cited text={site.location.note} />
            </span>
          </>
        )}
        {site.location.sources && site.location.sources.length > 0 && <Refs ids={site.location.sources} />}
      </p>
      <References numbering={numbering} analyses={analyses} />
    </article>
    </NumberingProvider>
  );
}
