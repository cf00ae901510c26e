import { describe, expect, it } from 'vitest';
import { dayNumber, formatDateOrRange, formatDay, isoDay, parseDateOrRange, parseIsoDay, parsePartialDate } from '../../src/content/dates';

describe('parsePartialDate', () => {
  it('reads the precision from the format', () => {
    expect(parsePartialDate('2025-10-15')).toEqual({ start: dayNumber(2025, 10, 15), end: dayNumber(2025, 10, 15), precision: 'day' });
    expect(parsePartialDate('2025-02')).toEqual({ start: dayNumber(2025, 2, 1), end: dayNumber(2025, 2, 28), precision: 'month' });
    expect(parsePartialDate('2024-02')?.end).toBe(dayNumber(2024, 2, 29));
    expect(parsePartialDate('2019')).toEqual({ start: dayNumber(2019, 1, 1), end: dayNumber(2019, 12, 31), precision: 'year' });
  });

  it('rejects dates that are not on the calendar or not in the format', () => {
    for (const bad of ['2025-02-29', '2025-13', '2025-00', '2025-04-31', '25-01-01', '2025/01/01', '2025-1-1', '', 'yesterday', '0999']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
  });

  it('parses full days for URLs only', () => {
    expect(parseIsoDay('2025-10-15')).toBe(dayNumber(2025, 10, 15));
    expect(parseIsoDay('2025-10')).toBeNull();
    expect(isoDay(dayNumber(2026, 1, 27))).toBe('2026-01-27');
  });
});

describe('ranges', () => {
  it('spans from the first day of the start to the last day of the end', () => {
    const r = parseDateOrRange({ from: '2025-01-20', to: '2025-01-24' });
    expect(r).toEqual({ start: dayNumber(2025, 1, 20), end: dayNumber(2025, 1, 24), precision: 'day', isRange: true });
    expect(parseDateOrRange({ from: '2025-01', to: '2025-03-02' })?.precision).toBe('month');
    expect(parseDateOrRange({ from: '2025-01-24', to: '2025-01-20' })).toBeNull();
  });
});

describe('formatting never claims more precision than the source', () => {
  it('formats a day, a month and a year', () => {
    expect(formatDay(dayNumber(2025, 10, 15))).toBe('15 October 2025');
    expect(formatDateOrRange('2025-10')).toBe('October 2025');
    expect(formatDateOrRange('2019')).toBe('2019');
    // ICU puts (thin) spaces around the dash in some versions.
    expect(formatDateOrRange({ from: '2025-01-20', to: '2025-01-24' })).toMatch(/^20\s?–\s?24 January 2025$/u);
  });
});
