import { dayNumber } from '../../content/dates';

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

/** Events per month, each counted once, in the month its first possible day falls in. */
export function countPerMonth(starts: ArrayLike<number>, bins: readonly MonthBin[]): number[] {
  const counts = bins.map(() => 0);
  for (let k = 0; k < starts.length; k++) {
    const span = { start: starts[k] ?? 0 };
    let lo = 0;
    let hi = bins.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const bin = bins[mid];
      if (!bin) break;
      if (span.start < bin.start) hi = mid - 1;
      else if (span.start > bin.end) lo = mid + 1;
      else {
        counts[mid] = (counts[mid] ?? 0) + 1;
        break;
      }
    }
  }
  return counts;
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
