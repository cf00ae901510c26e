import type { ContentIndex } from '../../content/content-index';
import { analysesOf } from '../../content/content-index';
import { formatDateOrRange, parseDateOrRange } from '../../content/dates';
import type { Site } from '../../content/schema';
import { statusOnDate } from '../../content/status-on-date';
import { formatDay } from '../../content/dates';
import { AtlasLink } from '../../components/AtlasLink';
import { NO_STATUS_STYLE, STATUS_STYLE } from '../map/marker-style';
import { LOCATION_NOTE, SITE_KIND_LABEL } from './labels';
import { PassageLinks } from './PassageLinks';
import { SourceList } from './SourceList';

/** Everything we know about one site, as of the selected date. */
export function SitePanel({ site, index, date }: { site: Site; index: ContentIndex; date: number }) {
  const now = statusOnDate(site, date);
  const style = now ? STATUS_STYLE[now.period.status] : NO_STATUS_STYLE;
  const analyses = analysesOf(index, site.passages);
  const events = index.eventsAtSite.get(site.id) ?? [];
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{`${site.names.en} — Analysis Atlas`}</title>
      <p className="eyebrow">{SITE_KIND_LABEL[site.kind]}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {site.names.en}
      </h2>
      <p className="names">
        {site.names.ar && (
          <span lang="ar" dir="rtl">
            {site.names.ar}
          </span>
        )}
        {site.names.ru && <span lang="ru">{site.names.ru}</span>}
      </p>
      {site.names.aliases && site.names.aliases.length > 0 && <p className="muted">Also: {site.names.aliases.join(', ')}</p>}

      <section className="status-now" aria-label="Status on the selected date">
        <h3>On {formatDay(date)}</h3>
        {site.status.length === 0 ? (
          <p>{style.label}: no status history is recorded for this place.</p>
        ) : now ? (
          <>
            <p className="status-line" data-status={now.period.status}>
              <span className="swatch" style={{ background: style.hollow ? '#fff' : style.colour, borderColor: style.colour }} aria-hidden="true" />
              <strong>{style.label}</strong>
              {now.uncertain && <span className="tag"> date of change known only roughly</span>}
            </p>
            <p>{now.period.note}</p>
            {now.period.disagreement && <p className="disagreement">Sources disagree: {now.period.disagreement}</p>}
          </>
        ) : (
          <p>No status recorded on this date (before the first period the sources describe).</p>
        )}
      </section>

      {site.status.length > 0 && (
        <section aria-label="Status history">
          <h3>Status history</h3>
          <ol className="history">
            {site.status.map((p, i) => {
              const s = STATUS_STYLE[p.status];
              const current = now?.index === i;
              const range = `${formatDateOrRange(p.from)} – ${p.to ? formatDateOrRange(p.to) : 'now'}`;
              return (
                <li key={i} className={current ? 'history__item history__item--current' : 'history__item'} aria-current={current ? 'true' : undefined}>
                  <span className="swatch" style={{ background: s.hollow ? '#fff' : s.colour, borderColor: s.colour }} aria-hidden="true" />
                  <div>
                    <p>
                      <strong>{s.label}</strong> <span className="muted">{range}</span>
                    </p>
                    <p>{p.note}</p>
                    {p.disagreement && <p className="disagreement">Sources disagree: {p.disagreement}</p>}
                    <details>
                      <summary>Sources ({p.sources.length})</summary>
                      <SourceList ids={p.sources} index={index} analyses={analyses} />
                    </details>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {events.length > 0 && (
        <section aria-label="Events at this site">
          <h3>Events here</h3>
          <ul className="event-list">
            {events.map((e) => {
              const span = parseDateOrRange(e.date);
              return (
                <li key={e.id}>
                  <span className="muted">{formatDateOrRange(e.date)}</span>{' '}
                  <AtlasLink to={{ kind: 'event', id: e.id }} time={span ? { date: span.end, from: null } : undefined}>
                    {e.title}
                  </AtlasLink>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-label="Discussed in">
        <h3>Discussed in</h3>
        <PassageLinks refs={site.passages} index={index} />
      </section>
      <p className="muted small">
        {LOCATION_NOTE[site.location.precision]}
        {site.location.note ? `. ${site.location.note}` : ''} ({site.coordinates[1].toFixed(4)}°N, {site.coordinates[0].toFixed(4)}°E)
      </p>
    </article>
  );
}
