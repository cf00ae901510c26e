import { memo, type ReactNode, type RefObject } from 'react';
import type { MonthBin } from './months';
import { MARK_BUCKETS, edgeAt } from './track-layout';

/**
 * What the timeline's track draws: the histogram of events per month with, over it, the part of each month's bar
 * that is shown at the time (the view model's count); a tick per group of events, highlighted inside the time
 * window through a clip; the years below. The full bars, ticks and years do not depend on the time, so a step
 * re-renders none of them; a drag moves only the shown bars' heights and the clip (use-scrub-follow.ts).
 */

/** Bar heights in the histogram's own units: the y and height of a count on a scale topped by `maxCount`. */
export function barGeometry(count: number, maxCount: number): { y: number; height: number } {
  return { y: maxCount - count, height: count };
}

export const Histogram = memo(function Histogram({ counts, maxCount, shown, svgRef }: { counts: readonly number[]; maxCount: number; shown?: boolean; svgRef?: RefObject<SVGSVGElement | null> }) {
  return (
    <svg className={shown ? 'timeline__histogram timeline__histogram--shown' : 'timeline__histogram'} viewBox={`0 0 ${counts.length} ${maxCount}`} preserveAspectRatio="none" aria-hidden="true" ref={svgRef}>
      {counts.map((c, i) => (
        // Every month has its bar element (empty ones included), so a drag can set any bar's height in place.
        <rect key={i} data-bin={i} x={i + 0.1} width={0.8} {...barGeometry(c, maxCount)} className={shown ? 'bar bar--in' : 'bar'} />
      ))}
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
