import { formatDateOrRange } from '../../content/dates';
import type { VisibleContent } from '../../content/visible';
import { AtlasLink } from '../../components/AtlasLink';
import { NO_STATUS_STYLE, STATUS_STYLE } from '../map/marker-style';

const MAX_EVENTS = 200;

/** Everything the map draws at the chosen time, as a list keyboard and screen-reader users can walk. */
export function VisibleList({ visible }: { visible: VisibleContent }) {
  const latest = visible.events.slice(-MAX_EVENTS).reverse();
  return (
    <section className="visible-list" aria-labelledby="visible-title">
      <h3 id="visible-title">On the map now</h3>
      <h4>Sites ({visible.sites.length})</h4>
      <ul>
        {visible.sites.map(({ site, status }) => (
          <li key={site.id}>
            <AtlasLink to={{ kind: 'site', id: site.id }}>{site.names.en}</AtlasLink>{' '}
            <span className="muted">— {status ? STATUS_STYLE[status.period.status].label : NO_STATUS_STYLE.label}</span>
          </li>
        ))}
      </ul>
      <h4>Events ({visible.events.length})</h4>
      <ul>
        {latest.map((e) => (
          <li key={e.id}>
            <span className="muted">{formatDateOrRange(e.date)}</span> <AtlasLink to={{ kind: 'event', id: e.id }}>{e.title}</AtlasLink>
          </li>
        ))}
      </ul>
      {visible.events.length > MAX_EVENTS && (
        <p className="muted">The {MAX_EVENTS} most recent are listed; move the timeline or choose a range to see others.</p>
      )}
    </section>
  );
}
