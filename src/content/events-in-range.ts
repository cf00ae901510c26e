import { parseDateOrRange, parsePartialDate, type EventSpan } from './dates';
import type { ArticleEvent, ContentBundle } from './schema';

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

export interface DayExtent {
  start: number;
  end: number;
}

/** The first and last day the content speaks of: events and site status periods (open periods end at their start). */
export function contentExtent(content: Pick<ContentBundle, 'events' | 'sites'>): DayExtent | null {
  let start = Infinity;
  let end = -Infinity;
  const take = (a: number, b: number) => {
    start = Math.min(start, a);
    end = Math.max(end, b);
  };
  for (const e of content.events) {
    const span = eventSpan(e);
    if (span) take(span.start, span.end);
  }
  for (const s of content.sites) {
    for (const p of s.status) {
      const from = parsePartialDate(p.from);
      const to = p.to === undefined ? null : parsePartialDate(p.to);
      if (from) take(from.start, to ? to.end : from.end);
    }
  }
  return start <= end ? { start, end } : null;
}
