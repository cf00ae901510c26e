import { parseDateOrRange, type EventSpan } from './dates';
import type { ArticleEvent } from './schema';

/** The days an event may have happened on: an event known to the month spans the whole month. */
export function eventSpan(event: Pick<ArticleEvent, 'date'>): EventSpan | null {
  return parseDateOrRange(event.date);
}

/**
 * Events that may have happened between two days, inclusive (UTC day numbers). An event counts when its span
 * touches the range, so an event known only to "May 2025" counts for any range that includes a day of May 2025.
 * Pass `-Infinity` as `from` for "everything up to this day".
 */
export function eventsInRange<E extends Pick<ArticleEvent, 'date'>>(events: readonly E[], from: number, to: number): E[] {
  return events.filter((e) => {
    const span = eventSpan(e);
    return span !== null && span.start <= to && span.end >= from;
  });
}
