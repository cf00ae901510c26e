import type { ContentIndex } from '../../content/content-index';
import { analysesOf } from '../../content/content-index';
import { formatDateOrRange, parseDateOrRange } from '../../content/dates';
import type { ArticleEvent } from '../../content/schema';
import { AtlasLink } from '../../components/AtlasLink';
import { EVENT_KIND_LABEL, PRECISION_NOTE } from './labels';
import { PassageLinks } from './PassageLinks';
import { SourceList } from './SourceList';

function Place({ event, index }: { event: ArticleEvent; index: ContentIndex }) {
  const place = event.place;
  if ('site' in place) {
    const site = index.sites.get(place.site);
    return <AtlasLink to={{ kind: 'site', id: place.site }}>{site?.names.en ?? place.site}</AtlasLink>;
  }
  if ('area' in place) return <>{index.areas.get(place.area)?.names.en ?? place.area}</>;
  return <>{place.name}</>;
}

/** One event: when (with its precision), where, who, what, and where we read it. */
export function EventPanel({ event, index }: { event: ArticleEvent; index: ContentIndex }) {
  const span = parseDateOrRange(event.date);
  const analyses = analysesOf(index, event.passages);
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{`${event.title} — Analysis Atlas`}</title>
      <p className="eyebrow">{EVENT_KIND_LABEL[event.kind]}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {event.title}
      </h2>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatDateOrRange(event.date)}
          {span && <span className="muted"> ({span.isRange ? `a span of dates, ${PRECISION_NOTE[span.precision]}` : PRECISION_NOTE[span.precision]})</span>}
        </dd>
        <dt>Where</dt>
        <dd>
          <Place event={event} index={index} />
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>{event.actors.map((a) => index.actors.get(a)?.names.en ?? a).join('; ')}</dd>
          </>
        )}
      </dl>
      <p>{event.summary}</p>
      {(event.disagreements ?? []).map((d, i) => (
        <div key={i} className="disagreement" role="note">
          <strong>Sources disagree about the {d.about}.</strong> {d.note}
          <SourceList ids={d.sources} index={index} analyses={analyses} />
        </div>
      ))}
      <section aria-label="Sources">
        <h3>Sources</h3>
        <SourceList ids={event.sources} index={index} analyses={analyses} />
      </section>
      <section aria-label="From the analysis">
        <h3>From the analysis</h3>
        <PassageLinks refs={event.passages} index={index} />
      </section>
    </article>
  );
}
