/** A CSS offset from the track's start edge: the left, or the right in right-to-left layouts. */
export type Edge = { left: string } | { right: string };

export const MARK_BUCKETS = 600;

/** Where a day sits on the track, as a percentage of its width from the start edge (the right, in right-to-left). */
export function edgeAt(extent: { start: number; end: number }, day: number, rtl: boolean): Edge {
  const pct = `${((day - extent.start) / (extent.end - extent.start || 1)) * 100}%`;
  return rtl ? { right: pct } : { left: pct };
}

/**
 * The start day of the shown event nearest to `day`, if one lies within `radius` days (`starts` sorted, as the event
 * table keeps them; `keep` the filters' rows, null for all); null when none is that close.
 */
export function nearestShownStart(starts: ArrayLike<number>, keep: ArrayLike<number> | null, day: number, radius: number): number | null {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  // The first shown start at or after the day, then the last before it: the nearer of the two, if within the radius.
  let best: number | null = null;
  for (let i = lo; i < starts.length && (starts[i] ?? 0) - day <= radius; i++) {
    if (keep !== null && keep[i] !== 1) continue;
    best = starts[i] ?? 0;
    break;
  }
  for (let i = lo - 1; i >= 0 && day - (starts[i] ?? 0) <= radius; i--) {
    if (keep !== null && keep[i] !== 1) continue;
    const s = starts[i] ?? 0;
    if (best === null || day - s < best - day) best = s;
    break;
  }
  return best;
}

/** Where a time's parts sit on the track: the handles, the shaded range, and the clip of the highlighted ticks. */
export interface TrackLayout {
  date: Edge;
  from: Edge | null;
  range: { edge: Edge; width: string } | null;
  /** clip-path of the highlighted ticks: a tick is in when its bucket is (the clip runs half a bucket past it). */
  marksClip: string;
}

/** `inset()` showing only the part between two fractions of the width (in time order), mirrored for right-to-left. */
export function clipBetween(lo: number, hi: number, rtl: boolean): string {
  const pct = (x: number) => `${(Math.min(1, Math.max(0, x)) * 100).toFixed(3)}%`;
  const [left, right] = rtl ? [1 - hi, lo] : [lo, 1 - hi];
  return `inset(0 ${pct(right)} 0 ${pct(left)})`;
}

export function trackLayout(extent: { start: number; end: number }, time: { date: number; from: number | null }, rtl: boolean): TrackLayout {
  const span = extent.end - extent.start || 1;
  const pct = (day: number) => ((day - extent.start) / span) * 100;
  const edge = (day: number) => edgeAt(extent, day, rtl);
  const { date, from } = time;
  const split = Math.floor(((date - extent.start) / span) * MARK_BUCKETS);
  const fromSplit = from === null ? -1 : Math.floor(((from - extent.start) / span) * MARK_BUCKETS);
  return {
    date: edge(date),
    from: from === null ? null : edge(from),
    range: from === null ? null : { edge: edge(from), width: `${pct(date) - pct(from)}%` },
    marksClip: clipBetween((fromSplit - 0.5) / MARK_BUCKETS, (split + 0.5) / MARK_BUCKETS, rtl),
  };
}
