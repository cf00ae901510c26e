/**
 * Dates with a precision. Content writes a date as `YYYY-MM-DD` (known to the day), `YYYY-MM` (to the month) or
 * `YYYY` (to the year); the format is the precision. Internally a date is a span of whole UTC days, counted from
 * 1970-01-01, so comparisons are integer comparisons.
 */
export type Precision = 'day' | 'month' | 'year';

export interface DaySpan {
  /** First day the date may mean (inclusive). */
  start: number;
  /** Last day the date may mean (inclusive). */
  end: number;
  precision: Precision;
}

const MS_PER_DAY = 86_400_000;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or for a date not on the calendar. */
export function parsePartialDate(text: string): DaySpan | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)), precision: 'month' };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const n = dayNumber(year, month, day);
  return { start: n, end: n, precision: 'day' };
}

/** Parses a full `YYYY-MM-DD` date (as used in URLs) to a day number, or null. */
export function parseIsoDay(text: string): number | null {
  const span = parsePartialDate(text);
  return span && span.precision === 'day' ? span.start : null;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function todayDayNumber(now: Date = new Date()): number {
  return Math.floor(now.getTime() / MS_PER_DAY);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** "15 October 2025", "October 2025" or "2025": never more precise than the source. */
export function formatDay(day: number, precision: Precision = 'day', locale = 'en-GB'): string {
  return formatter(locale, precision).format(new Date(day * MS_PER_DAY));
}

export function formatSpan(span: DaySpan, locale = 'en-GB'): string {
  return formatDay(span.start, span.precision, locale);
}

/** A date or a range, as content writes it: `2025-10-15`, or `{ from: 2026-01-26, to: 2026-01-27 }`. */
export type DateOrRange = string | { from: string; to: string };

export interface EventSpan {
  start: number;
  end: number;
  /** Precision of the coarser end. */
  precision: Precision;
  isRange: boolean;
}

export function parseDateOrRange(value: DateOrRange): EventSpan | null {
  if (typeof value === 'string') {
    const d = parsePartialDate(value);
    return d && { start: d.start, end: d.end, precision: d.precision, isRange: false };
  }
  const from = parsePartialDate(value.from);
  const to = parsePartialDate(value.to);
  if (!from || !to || to.end < from.start) return null;
  const order: Precision[] = ['day', 'month', 'year'];
  const precision = order[Math.max(order.indexOf(from.precision), order.indexOf(to.precision))] ?? 'day';
  return { start: from.start, end: to.end, precision, isRange: true };
}

/** "20–24 January 2025", "26 January 2026 – 2 February 2026", or a single date. */
export function formatDateOrRange(value: DateOrRange, locale = 'en-GB'): string {
  if (typeof value === 'string') {
    const d = parsePartialDate(value);
    return d ? formatSpan(d, locale) : value;
  }
  const from = parsePartialDate(value.from);
  const to = parsePartialDate(value.to);
  if (!from || !to) return `${value.from} – ${value.to}`;
  if (from.precision === 'day' && to.precision === 'day') {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
      new Date(from.start * MS_PER_DAY),
      new Date(to.start * MS_PER_DAY),
    );
  }
  return `${formatSpan(from, locale)} – ${formatSpan(to, locale)}`;
}
