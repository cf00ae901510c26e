import type { MonthBin } from './months';

/** A CSS offset from the track's start edge: the left, or the right in right-to-left layouts. */
export type Edge = { left: string } | { right: string };

export const MARK_BUCKETS = 600;

/** Where a day sits on the track, as a percentage of its width from the start edge (the right, in right-to-left). */
export function edgeAt(extent: { start: number; end: number }, day: number, rtl: boolean): Edge {
  const pct = `${((day - extent.start) / (extent.end - extent.start || 1)) * 100}%`;
  return rtl ? { right: pct } : { left: pct };
}

/** Where a time's parts sit on the track: the handles, the shaded range, and the clips of the highlighted copies. */
export interface TrackLayout {
  date: Edge;
  from: Edge | null;
  range: { edge: Edge; width: string } | null;
  /** clip-path of the highlighted histogram: a month's bar is in the range when any of its days is. */
  histogramClip: string;
  /** clip-path of the highlighted ticks: a tick is in when its bucket is (the clip runs half a bucket past it). */
  marksClip: string;
}

/** `inset()` showing only the part between two fractions of the width (in time order), mirrored for right-to-left. */
export function clipBetween(lo: number, hi: number, rtl: boolean): string {
  const pct = (x: number) => `${(Math.min(1, Math.max(0, x)) * 100).toFixed(3)}%`;
  const [left, right] = rtl ? [1 - hi, lo] : [lo, 1 - hi];
  return `inset(0 ${pct(right)} 0 ${pct(left)})`;
}

export function trackLayout(extent: { start: number; end: number }, bins: readonly MonthBin[], time: { date: number; from: number | null }, rtl: boolean): TrackLayout {
  const span = extent.end - extent.start || 1;
  const pct = (day: number) => ((day - extent.start) / span) * 100;
  const edge = (day: number) => edgeAt(extent, day, rtl);
  const { date, from } = time;
  const lastIn = bins.findIndex((b) => b.end >= date);
  const firstIn = from === null ? 0 : bins.findIndex((b) => b.end >= from);
  const split = Math.floor(((date - extent.start) / span) * MARK_BUCKETS);
  const fromSplit = from === null ? -1 : Math.floor(((from - extent.start) / span) * MARK_BUCKETS);
  return {
    date: edge(date),
    from: from === null ? null : edge(from),
    range: from === null ? null : { edge: edge(from), width: `${pct(date) - pct(from)}%` },
    histogramClip: clipBetween(firstIn / bins.length, (lastIn + 1) / bins.length, rtl),
    marksClip: clipBetween((fromSplit - 0.5) / MARK_BUCKETS, (split + 0.5) / MARK_BUCKETS, rtl),
  };
}
