import { formatDateOrRange } from '../../content/dates';
import type { MapEvent } from '../../content/texts';
import type { TimeQuery } from '../../content/time-rule';
import { AtlasLink } from '../../components/AtlasLink';
import { useI18n } from '../../state/use-i18n';

/**
 * One event in a list (what is on the map, what changed, what happened at a site): its date at the precision the
 * content gives, then its title (content is in English, isolated in any interface) as a link to it. `time`, where
 * given, also moves the timeline.
 */
export function EventLine({ event, time }: { event: Pick<MapEvent, 'id' | 'date' | 'title'>; time?: TimeQuery }) {
  const { locale } = useI18n();
  return (
    <li>
      <span className="muted">{formatDateOrRange(event.date, locale)}</span>{' '}
      <AtlasLink to={{ kind: 'event', id: event.id }} time={time}>
        <bdi lang="en">{event.title}</bdi>
      </AtlasLink>
    </li>
  );
}
