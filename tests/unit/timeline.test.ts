import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { buildEventTable } from '../../src/content/event-table';
import type { ArticleEvent } from '../../src/content/schema';
import { addMonths, binRows, monthBins } from '../../src/features/timeline/months';
import { keyStep } from '../../src/features/timeline/SliderHandle';
import { fixtureEvent } from './fixture-event';

const d = dayNumber;

describe('slider keys', () => {
  const min = d(2015, 8, 1);
  const max = d(2026, 12, 31);
  it('move a day with the arrows, a month with Page Up/Down, to the ends with Home/End', () => {
    expect(keyStep('ArrowRight', d(2025, 5, 19), min, max)).toBe(d(2025, 5, 20));
    expect(keyStep('ArrowLeft', d(2025, 3, 1), min, max)).toBe(d(2025, 2, 28));
    expect(keyStep('PageUp', d(2025, 1, 31), min, max)).toBe(d(2025, 2, 28));
    expect(keyStep('PageDown', d(2025, 3, 15), min, max)).toBe(d(2025, 2, 15));
    expect(keyStep('Home', d(2025, 3, 15), min, max)).toBe(min);
    expect(keyStep('End', d(2025, 3, 15), min, max)).toBe(max);
  });
  it('stop at the ends and ignore other keys', () => {
    expect(keyStep('ArrowLeft', min, min, max)).toBe(min);
    expect(keyStep('PageUp', d(2026, 12, 20), min, max)).toBe(max);
    expect(keyStep('a', d(2025, 3, 15), min, max)).toBeNull();
  });
  it('add calendar months across a year', () => {
    expect(addMonths(d(2024, 12, 10), 1)).toBe(d(2025, 1, 10));
    expect(addMonths(d(2025, 1, 10), -1)).toBe(d(2024, 12, 10));
  });
});

describe('histogram', () => {
  it('has one bin per calendar month and counts each event once, in its first month', () => {
    const bins = monthBins({ start: d(2024, 11, 1), end: d(2025, 2, 10) });
    expect(bins.map((b) => `${b.year}-${b.month}`)).toEqual(['2024-11', '2024-12', '2025-1', '2025-2']);
    const dates: ArticleEvent['date'][] = ['2024-11', '2024-12-08', { from: '2024-12-30', to: '2025-01-02' }, '2025-02-10', '2023-01-01', '2025-03-01'];
    const table = buildEventTable(dates.map((date, i) => fixtureEvent(`e${i}`, date)));
    const bounds = Array.from(binRows(table.start, bins));
    const perBin = bins.map((_, i) => (bounds[i + 1] ?? 0) - (bounds[i] ?? 0));
    expect(perBin).toEqual([1, 2, 0, 1]);
    // Rows before the first bin and after the last are in none.
    expect(bounds[0]).toBe(1);
    expect(bounds[bins.length]).toBe(5);
  });
});
