import { memo, type ReactNode } from 'react';
import type { MonthBin } from './months';

/**
 * What the timeline's track draws: the histogram of events per month, a tick per group of events, the years below.
 * None of it depends on the selected dates, so a time step re-renders none of it: the part in the range is the
 * same drawing again, in the highlight colour, shown through a clip (InRange) that is the only thing a step moves.
 */

export const MARK_BUCKETS = 600;

export const Histogram = memo(function Histogram({ bins, counts, highlight }: { bins: readonly MonthBin[]; counts: readonly number[]; highlight?: boolean }) {
  const maxCount = Math.max(1, ...counts);
  return (
    <svg className="timeline__histogram" viewBox={`0 0 ${bins.length} ${maxCount}`} preserveAspectRatio="none" aria-hidden="true">
      {bins.map((bin, i) => {
        const c = counts[i] ?? 0;
        return c > 0 ? <rect key={bin.start} x={i + 0.1} y={maxCount - c} width={0.8} height={c} className={highlight ? 'bar bar--in' : 'bar'} /> : null;
      })}
    </svg>
  );
});

/** One tick per bucket that holds an event; `buckets` are sorted indices in [0, MARK_BUCKETS). */
export const Marks = memo(function Marks({ buckets, highlight }: { buckets: readonly number[]; highlight?: boolean }) {
  return (
    <svg className="timeline__marks" viewBox={`0 0 ${MARK_BUCKETS} 10`} preserveAspectRatio="none" aria-hidden="true">
      <path className={highlight ? 'mark mark--in' : 'mark'} d={buckets.map((b) => `M${b} 0v10`).join('')} />
    </svg>
  );
});

/** Year labels under the track; formatted once per language, not on every step. */
export const Axis = memo(function Axis({ bins, locale, start, span, rtl }: { bins: readonly MonthBin[]; locale: string; start: number; span: number; rtl: boolean }) {
  const year = new Intl.NumberFormat(locale, { useGrouping: false });
  const position = (day: number) => ({ [rtl ? 'right' : 'left']: `${((day - start) / span) * 100}%` });
  return (
    <div className="timeline__axis" aria-hidden="true">
      {bins
        .filter((b) => b.month === 1)
        .map((b) => (
          <span key={b.year} className={b.year % 2 ? 'odd' : undefined} style={position(b.start)}>
            {year.format(b.year)}
          </span>
        ))}
    </div>
  );
});

/**
 * Shows its children only between two fractions of the track's width (0–1, in time order), mirrored in
 * right-to-left layouts where time runs leftwards.
 */
export function InRange({ lo, hi, rtl, children }: { lo: number; hi: number; rtl: boolean; children: ReactNode }) {
  const pct = (x: number) => `${(Math.min(1, Math.max(0, x)) * 100).toFixed(3)}%`;
  const [left, right] = rtl ? [1 - hi, lo] : [lo, 1 - hi];
  return (
    <div className="timeline__in" style={{ clipPath: `inset(0 ${pct(right)} 0 ${pct(left)})` }}>
      {children}
    </div>
  );
}
