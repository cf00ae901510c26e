import { dayNumber } from '../../content/dates';
import { upperBound } from '../../content/event-table';

export interface MonthBin {
  start: number;
  end: number;
  year: number;
  month: number;
}

/** Calendar months covering an extent of days. */
export function monthBins(extent: { start: number; end: number }): MonthBin[] {
  const bins: MonthBin[] = [];
  const first = new Date(extent.start * 86_400_000);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  for (;;) {
    const start = dayNumber(year, month, 1);
    if (start > extent.end) break;
    const next = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
    bins.push({ start, end: next - 1, year, month });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return bins;
}

/**
 * The rows of the event table (sorted by first possible day) whose first day falls in each bin: bin i holds rows
 * bounds[i] to bounds[i + 1] - 1. The histogram counts them, and the view model says how many of them are shown.
 */
export function binRows(starts: Int32Array, bins: readonly MonthBin[]): Int32Array {
  const bounds = new Int32Array(bins.length + 1);
  bins.forEach((bin, i) => {
    bounds[i] = upperBound(starts, bin.start - 1);
  });
  bounds[bins.length] = upperBound(starts, bins[bins.length - 1]?.end ?? -Infinity);
  return bounds;
}

/** The same day one calendar month later or earlier, clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, delta: number): number {
  const d = new Date(day * 86_400_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + delta;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return dayNumber(year, month, Math.min(d.getUTCDate(), last));
}
