import { memo, type ReactNode, type RefObject } from 'react';
import type { MonthBin } from './months';
import { MARK_BUCKETS, edgeAt } from './track-layout';

/**
 * What the timeline's track draws: the histogram of events per month, a tick per group of events, the years below.
 * None of it depends on the selected dates, so a time step re-renders none of it: the part in the range is the
 * same drawing again, in the highlight colour, shown through a clip (InRange) that is the only thing a step moves.
 */

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
export const Axis = memo(function Axis({ bins, locale, start, end, rtl }: { bins: readonly MonthBin[]; locale: string; start: number; end: number; rtl: boolean }) {
  const year = new Intl.NumberFormat(locale, { useGrouping: false });
  return (
    <div className="timeline__axis" aria-hidden="true">
      {bins
        .filter((b) => b.month === 1)
        .map((b) => (
          <span key={b.year} className={b.year % 2 ? 'odd' : undefined} style={edgeAt({ start, end }, b.start, rtl)}>
            {year.format(b.year)}
          </span>
        ))}
    </div>
  );
});

/** Shows its children only inside a clip (track-layout.ts): the highlighted copy of a drawing, for the range. */
export function InRange({ clip, children, clipRef }: { clip: string; children: ReactNode; clipRef?: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="timeline__in" style={{ clipPath: clip }} ref={clipRef}>
      {children}
    </div>
  );
}
