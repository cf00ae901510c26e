import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { monthBins } from '../../src/features/timeline/months';
import { MARK_BUCKETS, clipBetween, edgeAt, trackLayout } from '../../src/features/timeline/track-layout';

// A year of twelve months: each month's bar is a twelfth of the track.
const year = { start: dayNumber(2020, 1, 1), end: dayNumber(2020, 12, 31) };
const bins = monthBins(year);
const insets = (clip: string) => {
  const m = /^inset\(0 ([\d.]+)% 0 ([\d.]+)%\)$/.exec(clip);
  if (!m) throw new Error(clip);
  return { right: Number(m[1]), left: Number(m[2]) };
};

describe('where a time sits on the timeline track', () => {
  it('places a day by its share of the extent, from the left, or from the right in right-to-left', () => {
    const hundred = { start: 1000, end: 1100 };
    expect(edgeAt(hundred, 1025, false)).toEqual({ left: '25%' });
    expect(edgeAt(hundred, 1025, true)).toEqual({ right: '25%' });
    expect(trackLayout(hundred, monthBins(hundred), { date: 1075, from: 1025 }, false).range).toEqual({ edge: { left: '25%' }, width: '50%' });
    expect(trackLayout(hundred, monthBins(hundred), { date: 1075, from: null }, false).range).toBe(null);
  });

  it('highlights every month up to the date in "as of" mode, the date\'s own month included', () => {
    const clip = trackLayout(year, bins, { date: dayNumber(2020, 3, 15), from: null }, false).histogramClip;
    expect(insets(clip)).toEqual({ left: 0, right: 75 }); // January to March: 3 of 12 bars
  });

  it('highlights the months a range touches, mirrored in right-to-left', () => {
    const time = { date: dayNumber(2020, 3, 15), from: dayNumber(2020, 2, 10) };
    expect(insets(trackLayout(year, bins, time, false).histogramClip)).toEqual({ left: 8.333, right: 75 }); // February and March
    expect(insets(trackLayout(year, bins, time, true).histogramClip)).toEqual({ left: 75, right: 8.333 });
  });

  it('shows the tick of the date\'s own bucket and hides the next one', () => {
    const date = dayNumber(2020, 7, 1);
    const bucket = Math.floor(((date - year.start) / (year.end - year.start)) * MARK_BUCKETS);
    const shownTo = (1 - insets(trackLayout(year, bins, { date, from: null }, false).marksClip).right / 100) * MARK_BUCKETS;
    expect(shownTo).toBeGreaterThan(bucket);
    expect(shownTo).toBeLessThan(bucket + 1);
  });

  it('clamps a clip to the track', () => {
    expect(clipBetween(-0.2, 1.4, false)).toBe('inset(0 0.000% 0 0.000%)');
  });
});
