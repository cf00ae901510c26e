import { describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../src/content/dates';
import { buildEventTable, forEachRowInTime, upperBound } from '../../src/content/event-table';
import { fixtureEvent } from './fixture-event';
import { inTime } from '../../src/content/time-rule';

const ev = fixtureEvent;

describe('the event table', () => {
  const events = [
    ev('c', '2025-05-20'),
    ev('a', '2019'),
    ev('long', { from: '2024-01-01', to: '2025-06-30' }),
    ev('b', '2024-11'),
    ev('d', { from: '2026-01-26', to: '2026-01-27' }),
  ];
  const table = buildEventTable(events);

  it('sorts events by their first possible day', () => {
    expect(table.events.toArray().map((e) => e.id)).toEqual(['a', 'long', 'b', 'c', 'd']);
    expect(table.maxSpan).toBe(d(2025, 6, 30) - d(2024, 1, 1));
    expect(table.rowOf.get('c')).toBe(3);
    expect(table.rowOf.get('missing')).toBeUndefined();
  });

  it('finds "up to a day" as a prefix by binary search', () => {
    expect(upperBound(table.start, d(2024, 10, 31))).toBe(2);
    expect(upperBound(table.start, d(2024, 11, 1))).toBe(3);
    const rows: number[] = [];
    forEachRowInTime(table, { date: d(2025, 5, 20), from: null }, (i) => rows.push(i));
    expect(rows).toEqual([0, 1, 2, 3]);
  });

  it('finds by binary search exactly the rows the time rule keeps, for every range, including events that began before it', () => {
    const days = [d(2018, 6, 1), d(2019, 12, 31), d(2024, 6, 1), d(2024, 11, 15), d(2025, 5, 20), d(2025, 6, 15), d(2026, 1, 27), d(2026, 6, 1)];
    for (const from of [null, ...days]) {
      for (const date of days) {
        if (from !== null && from > date) continue;
        const time = { date, from };
        // The oracle: the rule applied to every row, one by one.
        const expected = Array.from({ length: table.events.length }, (_, i) => i).filter((i) => inTime(table.start[i] ?? 0, table.end[i] ?? 0, time));
        const got: number[] = [];
        forEachRowInTime(table, time, (i) => got.push(i));
        expect(got, `${from}..${date}`).toEqual(expected);
      }
    }
  });
});
