/**
 * The time rule, written once: is something that may have happened on any day from `start` to `end` (UTC day
 * numbers, inclusive: an event known only to "May 2025" spans the whole month) shown at a time?
 *
 * - "As of" a day (`from` null): everything that may have begun by that day.
 * - "Between" two days: everything that may have happened on a day of the range, i.e. begun by its end and not
 *   over before its start.
 *
 * Every place that decides what is shown uses this function or a form proved equal to it: the event table's binary
 * searches (event-table.ts), the map's shader (features/map/events-shader.ts) and the grouping grid's counts
 * (features/map/event-grid.ts). tests/e2e/time-rule.test.ts runs one table of cases through all of them.
 */
export interface TimeQuery {
  /** The day shown: "as of" this day, or the end of the "between" range. */
  date: number;
  /** Start of the range in "between" mode; null in "as of" mode. */
  from: number | null;
}

export function inTime(start: number, end: number, time: TimeQuery): boolean {
  return start <= time.date && (time.from === null || end >= time.from);
}

export function sameTime(a: TimeQuery, b: TimeQuery): boolean {
  return a.date === b.date && a.from === b.from;
}
