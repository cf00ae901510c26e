import type { ContentIndex } from '../../content/content-index';
import { analysesOf } from '../../content/content-index';
import { formatDateOrRange, formatDay, parseDateOrRange } from '../../content/dates';
import { areaKm2 } from '../../content/measure';
import { nameIn } from '../../content/names';
import type { ArticleEvent } from '../../content/schema';
import { afterAnalyses } from '../../content/source-timing';
import { AtlasLink } from '../../components/AtlasLink';
import { Cited, NumberingProvider, References, Refs, SourceRefs, numberSources } from '../../components/References';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { PassageLinks } from './PassageLinks';
import { NameList } from '../../components/NameList';

function Place({ event, index }: { event: ArticleEvent; index: ContentIndex }) {
  const { t, lang, locale } = useI18n();
  const place = event.place;
  if ('site' in place) {
    const site = index.sites.get(place.site);
    return <AtlasLink to={{ kind: 'site', id: place.site }}><bdi>{site ? nameIn(site.names, lang) : place.site}</bdi></AtlasLink>;
  }
  if ('area' in place) {
    const area = index.areas.get(place.area);
    return area ? (
      <>
        {nameIn(area.names, lang)}
        <span className="muted"> — {t('measure.area', { km2: Math.round(areaKm2(area)).toLocaleString(locale) })}</span>
      </>
    ) : (
      <>{place.area}</>
    );
  }
  return (
    <>
      {place.name}
      <span className="muted small">
        {' '}
        ({t(`location.${place.location.precision}`)}
        {place.location.note && (
          <>
            {': '}
            <span lang="en">
              <Cited text={place.location.note} />
            </span>
          </>
        )}
        )
      </span>
      {place.location.sources && place.location.sources.length > 0 && <Refs ids={place.location.sources} />}
    </>
  );
}

/** One event: when (with its precision), where, who, what, and where we read it. */
export function EventPanel({ event }: { event: ArticleEvent }) {
  const { index } = useAtlasView();
  const { t, lang, locale } = useI18n();
  const span = parseDateOrRange(event.date);
  const analyses = analysesOf(index, event.passages);
  const precision = span ? t(`precision.${span.precision}`) : '';
  const after = span ? afterAnalyses(span.start, analyses) : null;
  const place = event.place;
  // Every source the panel cites, numbered in the order it shows them.
  const numbering = numberSources([
    'coordinates' in place ? place.location.note : undefined,
    'coordinates' in place ? place.location.sources : undefined,
    event.summary,
    event.sources,
    ...(event.disagreements ?? []).flatMap((d) => [d.note, d.sources]),
  ]);
  return (
    <NumberingProvider value={numbering}>
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{t('app.pageTitle', { title: event.title })}</title>
      <p className="eyebrow">{t(`eventKind.${event.kind}`)}</p>
      <h2 id="panel-title" tabIndex={-1} lang="en">
        {event.title}
      </h2>
      <dl className="facts">
        <dt>{t('event.when')}</dt>
        <dd>
          {formatDateOrRange(event.date, locale)}
          {span && <span className="muted"> ({span.isRange ? t('event.span', { precision }) : precision})</span>}
          {event.reported && <span className="muted"> · {t('event.reported', { date: formatDateOrRange(event.reported, locale) })}</span>}
          {after !== null && (
            <>
              {' '}
              <span className="tag tag--later">{t('provenance.afterAnalysis', { date: formatDay(after, 'day', locale) })}</span>
            </>
          )}
        </dd>
        <dt>{t('event.where')}</dt>
        <dd>
          <Place event={event} index={index} />
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>{t('event.who')}</dt>
            <dd>
              <NameList names={event.actors.map((a) => { const actor = index.actors.get(a); return actor ? nameIn(actor.names, lang) : a; })} separator={t('site.listSeparator')} />
            </dd>
          </>
        )}
      </dl>
      <p lang="en">
        <Cited text={event.summary} />
      </p>
      <SourceRefs ids={event.sources} />
      {(event.disagreements ?? []).map((d, i) => (
        <div key={i} className="disagreement" role="note">
          <strong>{t('event.disagree', { about: d.about })}</strong>{' '}
          <span lang="en">
            <Cited text={d.note} />
          </span>
          <SourceRefs ids={d.sources} />
        </div>
      ))}
      <section aria-label={t('event.fromAnalysis')}>
        <h3>{t('event.fromAnalysis')}</h3>
        <PassageLinks refs={event.passages} index={index} />
      </section>
      <References numbering={numbering} analyses={analyses} />
    </article>
    </NumberingProvider>
  );
}
