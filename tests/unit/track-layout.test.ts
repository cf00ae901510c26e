import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { MARK_BUCKETS, clipBetween, edgeAt, nearestShownStart, trackLayout } from '../../src/features/timeline/track-layout';

// A year of twelve months: each month's bar is a twelfth of the track.
const year = { start: dayNumber(2020, 1, 1), end: dayNumber(2020, 12, 31) };
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
    expect(trackLayout(hundred, { date: 1075, from: 1025 }, false).range).toEqual({ edge: { left: '25%' }, width: '50%' });
    expect(trackLayout(hundred, { date: 1075, from: null }, false).range).toBe(null);
  });

  it('highlights the ticks of a range, mirrored in right-to-left', () => {
    const time = { date: dayNumber(2020, 7, 1), from: dayNumber(2020, 4, 1) };
    const ltr = insets(trackLayout(year, time, false).marksClip);
    const rtl = insets(trackLayout(year, time, true).marksClip);
    expect(rtl).toEqual({ left: ltr.right, right: ltr.left });
    expect(ltr.left).toBeGreaterThan(20);
    expect(ltr.right).toBeGreaterThan(45);
  });

  it('shows the tick of the date\'s own bucket and hides the next one', () => {
    const date = dayNumber(2020, 7, 1);
    const bucket = Math.floor(((date - year.start) / (year.end - year.start)) * MARK_BUCKETS);
    const shownTo = (1 - insets(trackLayout(year, { date, from: null }, false).marksClip).right / 100) * MARK_BUCKETS;
    expect(shownTo).toBeGreaterThan(bucket);
    expect(shownTo).toBeLessThan(bucket + 1);
  });

  it('clamps a clip to the track', () => {
    expect(clipBetween(-0.2, 1.4, false)).toBe('inset(0 0.000% 0 0.000%)');
  });
});

describe('a click on the track lands on a nearby event', () => {
  // A fixture of sorted start days (as the event table keeps them); row 2 is filtered out.
  const starts = [100, 110, 118, 130, 200];
  const keep = [1, 1, 0, 1, 1];
  it('takes the nearest shown start within the radius, either side', () => {
    expect(nearestShownStart(starts, null, 116, 5)).toBe(118);
    expect(nearestShownStart(starts, keep, 116, 10)).toBe(110);
    expect(nearestShownStart(starts, keep, 125, 6)).toBe(130);
    expect(nearestShownStart(starts, null, 105, 5)).toBe(110);
  });
  it('leaves the day alone when no shown event is that close', () => {
    expect(nearestShownStart(starts, keep, 118, 2)).toBeNull();
    expect(nearestShownStart(starts, null, 160, 20)).toBeNull();
    expect(nearestShownStart([], null, 160, 20)).toBeNull();
  });
});
