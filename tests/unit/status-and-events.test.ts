import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { parseDateOrRange } from '../../src/content/dates';
import { inTime } from '../../src/content/time-rule';
import type { ArticleEvent } from '../../src/content/schema';
import { timelineExtent } from '../../src/content/timeline-extent';
import { fixtureEvent } from './fixture-event';
import { statusOnDate } from '../../src/content/status-on-date';
import type { StatusPeriod } from '../../src/content/schema';

const period = (from: string, to: string | undefined, status: StatusPeriod['status']): StatusPeriod => ({
  from,
  ...(to === undefined ? {} : { to }),
  status,
  actors: [],
  note: 'test period',
  sources: ['test'],
});

// A site shaped like Qamishli airport: a base from a month, a reduced presence, then an open-ended withdrawal.
const site = {
  status: [
    period('2019-11', '2024-12-06', 'russian-presence'),
    period('2024-12-07', '2026-01-25', 'disputed'),
    period('2026-01-26', undefined, 'withdrawn'),
  ],
};
const on = (y: number, m: number, d: number) => statusOnDate(site, dayNumber(y, m, d));

describe('statusOnDate', () => {
  it('has no status before the first period', () => {
    expect(on(2019, 10, 31)).toBeNull();
  });

  it('counts a period known to the month from the first day of that month, flagged as uncertain within it', () => {
    expect(on(2019, 11, 1)).toMatchObject({ index: 0, uncertain: true });
    expect(on(2019, 11, 30)).toMatchObject({ index: 0, uncertain: true });
    expect(on(2019, 12, 1)).toMatchObject({ index: 0, uncertain: false });
  });

  it('switches exactly at day-precise boundaries', () => {
    expect(on(2024, 12, 6)?.period.status).toBe('russian-presence');
    expect(on(2024, 12, 7)?.period.status).toBe('disputed');
    expect(on(2026, 1, 25)?.period.status).toBe('disputed');
    expect(on(2026, 1, 26)?.period.status).toBe('withdrawn');
  });

  it('keeps an open-ended period going', () => {
    expect(on(2030, 6, 1)?.period.status).toBe('withdrawn');
  });

  it('lets the later-starting period win where imprecise ends overlap', () => {
    const overlapping = { status: [period('2019', '2025-01', 'russian-contract'), period('2025-01-20', undefined, 'annulled')] };
    expect(statusOnDate(overlapping, dayNumber(2025, 1, 19))).toMatchObject({ period: { status: 'russian-contract' }, uncertain: true });
    expect(statusOnDate(overlapping, dayNumber(2025, 1, 20))?.period.status).toBe('annulled');
    expect(statusOnDate(overlapping, dayNumber(2019, 6, 1))).toMatchObject({ index: 0, uncertain: true });
  });

  it('returns null in a gap and for a site without history', () => {
    const gap = { status: [period('2020-01-01', '2020-01-31', 'russian-operated'), period('2020-03-01', undefined, 'withdrawn')] };
    expect(statusOnDate(gap, dayNumber(2020, 2, 15))).toBeNull();
    expect(statusOnDate({ status: [] }, dayNumber(2020, 2, 15))).toBeNull();
  });
});

describe('the time rule', () => {
  const span = (date: ArticleEvent['date']) => {
    const s = parseDateOrRange(date);
    if (!s) throw new Error(String(date));
    return s;
  };
  const shown = (date: ArticleEvent['date'], from: number | null, to: number) => {
    const s = span(date);
    return inTime(s.start, s.end, { date: to, from });
  };

  it('shows a day-precise event from its day on, and between two dates only on its day', () => {
    expect(shown('2025-05-20', null, dayNumber(2025, 5, 19))).toBe(false);
    expect(shown('2025-05-20', null, dayNumber(2025, 5, 20))).toBe(true);
    expect(shown('2025-05-20', dayNumber(2025, 5, 20), dayNumber(2025, 5, 20))).toBe(true);
    expect(shown('2025-05-20', dayNumber(2025, 5, 21), dayNumber(2025, 6, 30))).toBe(false);
  });

  it('counts an event known to the month for the whole month, and one known to the year for the whole year', () => {
    expect(shown('2024-11', null, dayNumber(2024, 11, 1))).toBe(true);
    expect(shown('2024-11', dayNumber(2024, 11, 30), dayNumber(2024, 12, 31))).toBe(true);
    expect(shown('2024-11', dayNumber(2024, 12, 1), dayNumber(2024, 12, 31))).toBe(false);
    expect(shown('2019', dayNumber(2019, 12, 31), dayNumber(2019, 12, 31))).toBe(true);
  });

  it('shows a range that touches either end of the time', () => {
    const range = { from: '2026-01-26', to: '2026-01-27' };
    expect(shown(range, dayNumber(2026, 1, 27), dayNumber(2026, 2, 1))).toBe(true);
    expect(shown(range, dayNumber(2026, 1, 1), dayNumber(2026, 1, 25))).toBe(false);
  });
});

describe('timelineExtent', () => {
  it('runs from the first month of the earliest event to the end of the month after the latest event\'s, and knows the latest day', () => {
    const extent = timelineExtent({ events: [fixtureEvent('a', '2025-05-20'), fixtureEvent('b', '2015-08-26'), fixtureEvent('c', { from: '2026-01-26', to: '2026-01-27' })] });
    expect(extent).toEqual({ start: dayNumber(2015, 8, 1), end: dayNumber(2026, 2, 28), latest: dayNumber(2026, 1, 27) });
    // Across a year's end: a latest event in December ends the track on 31 January.
    expect(timelineExtent({ events: [fixtureEvent('a', '2024-12-08')] })?.end).toBe(dayNumber(2025, 1, 31));
    expect(timelineExtent({ events: [] })).toBeNull();
  });
});
