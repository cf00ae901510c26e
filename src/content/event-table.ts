import { parseDateOrRange, type EventSpan } from './dates';
import { EventRows } from './event-rows';
import { eventRows } from './events-file';
import type { MapEvent } from './texts';
import { inTime, type TimeQuery } from './time-rule';

/** The days an event may have happened on: an event known to the month spans the whole month. */
export function eventSpan(event: Pick<MapEvent, 'date'>): EventSpan | null {
  return parseDateOrRange(event.date);
}

/**
 * All events in columns, sorted by their first possible day, so that "what happened up to this day" is a prefix
 * found by binary search instead of a scan. Built once when the content loads; the map's event layers, the view
 * model (shown.ts) and the timeline all read this one table.
 */
export interface EventTable {
  /** The rows (event-rows.ts): each row's event is made when first asked for. */
  events: EventRows;
  start: Int32Array;
  end: Int32Array;
  /** The longest span of any event, in days: how far back an event may start and still reach a day. */
  maxSpan: number;
  /** Row of each event id: made at the first lookup by id, not before the first view (1.3 s at a million). */
  readonly rowOf: ReadonlyMap<string, number>;
}

/** The table of the events file's rows (already in table order, with their days), or of events given as objects. */
export function buildEventTable(all: EventRows | readonly MapEvent[]): EventTable {
  const events = all instanceof EventRows ? all : eventRows(all);
  const { start, end } = events;
  let maxSpan = 0;
  for (let i = 0; i < events.length; i++) maxSpan = Math.max(maxSpan, (end[i] ?? 0) - (start[i] ?? 0));
  let rows: Map<string, number> | null = null;
  return {
    events,
    start,
    end,
    maxSpan,
    get rowOf() {
      if (!rows) {
        rows = new Map<string, number>();
        for (let i = 0; i < events.length; i++) rows.set(events.id(i), i);
      }
      return rows;
    },
  };
}

/** First index whose value is greater than `day` (so [0, result) is everything that began on or before it). */
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
 * The rows that may be shown at a time, in three parts: rows [0, `lookBack`) began too early to reach `from`;
 * rows [`lookBack`, `inFrom`) began before `from` and each must be tested with the time rule (at most `maxSpan`
 * days of them); rows [`inFrom`, `upTo`) are all shown. In "as of" mode `lookBack` = `inFrom` = 0.
 */
export interface RowWindow {
  lookBack: number;
  inFrom: number;
  upTo: number;
}

export function rowWindow(table: EventTable, time: TimeQuery): RowWindow {
  const upTo = upperBound(table.start, time.date);
  if (time.from === null) return { lookBack: 0, inFrom: 0, upTo };
  const inFrom = Math.min(upTo, upperBound(table.start, time.from - 1));
  const lookBack = Math.min(inFrom, upperBound(table.start, time.from - 1 - table.maxSpan));
  return { lookBack, inFrom, upTo };
}

/** Calls `visit` for every row shown at a time, in date order (the time rule, applied through the row window). */
export function forEachRowInTime(table: EventTable, time: TimeQuery, visit: (row: number) => void): void {
  const w = rowWindow(table, time);
  for (let i = w.lookBack; i < w.inFrom; i++) if (inTime(table.start[i] ?? 0, table.end[i] ?? 0, time)) visit(i);
  for (let i = w.inFrom; i < w.upTo; i++) visit(i);
}
