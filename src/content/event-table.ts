import { eventSpan } from './events-in-range';
import type { ArticleEvent } from './schema';

/**
 * All events in columns, sorted by their first possible day, so that "what happened up to this day" is a prefix
 * found by binary search instead of a scan. The map's event layer, the counts, the list and the histogram all read
 * from this one table (built once when the content loads).
 */
export interface EventTable {
  events: readonly ArticleEvent[];
  start: Int32Array;
  end: Int32Array;
  /** The longest span of any event, in days: how far back an event may start and still reach a day. */
  maxSpan: number;
  /** Row of each event id. */
  rowOf: ReadonlyMap<string, number>;
}

export function buildEventTable(all: readonly ArticleEvent[]): EventTable {
  const rows = all.flatMap((e) => {
    const span = eventSpan(e);
    return span ? [{ e, start: span.start, end: span.end }] : [];
  });
  rows.sort((a, b) => a.start - b.start || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  const start = new Int32Array(rows.length);
  const end = new Int32Array(rows.length);
  let maxSpan = 0;
  rows.forEach((r, i) => {
    start[i] = r.start;
    end[i] = r.end;
    maxSpan = Math.max(maxSpan, r.end - r.start);
  });
  const events = rows.map((r) => r.e);
  return { events, start, end, maxSpan, rowOf: new Map(events.map((e, i) => [e.id, i])) };
}

/** First index whose start is greater than `day` (so [0, result) is everything that began on or before it). */
export function upperBound(values: Int32Array, day: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices (into the table, in date order) of the events that may have happened between `from` and `date`
 * inclusive; `from` null means "everything up to `date`". Events that start before `from` but last into the range
 * are found by looking back at most `maxSpan` days.
 */
export function eventIndicesInRange(table: EventTable, from: number | null, date: number): number[] {
  const hi = upperBound(table.start, date);
  if (from === null) return Array.from({ length: hi }, (_, i) => i);
  const lo = upperBound(table.start, from - 1);
  const back = upperBound(table.start, from - 1 - table.maxSpan);
  const out: number[] = [];
  for (let i = back; i < lo; i++) if ((table.end[i] ?? -Infinity) >= from) out.push(i);
  for (let i = lo; i < hi; i++) out.push(i);
  return out;
}

/** How many events are in the range, without building the list. */
export function countInRange(table: EventTable, from: number | null, date: number): number {
  const hi = upperBound(table.start, date);
  if (from === null) return hi;
  const lo = upperBound(table.start, from - 1);
  const back = upperBound(table.start, from - 1 - table.maxSpan);
  let n = Math.max(0, hi - lo);
  for (let i = back; i < lo; i++) if ((table.end[i] ?? -Infinity) >= from) n++;
  return n;
}
