import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/seeded-random.mjs';
import { buildEventTable } from '../../src/content/event-table';
import { rowFilter } from '../../src/content/filters';
import type { ArticleEvent, Site } from '../../src/content/schema';
import { shownAt } from '../../src/content/shown';
import { statusOnDate } from '../../src/content/status-on-date';
import { inTime, type TimeQuery } from '../../src/content/time-rule';
import { dayNumber, isoDay } from '../../src/content/dates';

// A seeded fixture (not content): events of every precision over three years, of three kinds, some spanning weeks.
const KINDS = ['attack', 'diplomacy', 'economy'] as const;
function fixture(n: number): ArticleEvent[] {
  const r = rng(7);
  const first = dayNumber(2023, 1, 1);
  return Array.from({ length: n }, (_, i) => {
    const day = first + Math.floor(r() * 1000);
    const p = r();
    const date: ArticleEvent['date'] =
      p < 0.6 ? isoDay(day) : p < 0.8 ? isoDay(day).slice(0, 7) : p < 0.85 ? isoDay(day).slice(0, 4) : { from: isoDay(day), to: isoDay(day + Math.floor(r() * 60)) };
    return { id: `e${i}`, title: `Fixture ${i}`, date, kind: KINDS[i % 3] ?? 'attack', place: { site: 's' }, actors: [], summary: 'fixture', sources: ['x'], passages: ['a#p'] } as ArticleEvent;
  });
}
const sites = [
  { id: 'always', status: [] },
  { id: 'then', status: [{ from: '2024-03', to: '2024-09-15', status: 'russian-presence' }] },
] as unknown as Site[];

describe('what is shown (the view model)', () => {
  const events = fixture(400);
  const table = buildEventTable(events);
  const filter = rowFilter(table, { kinds: ['attack', 'economy'], actors: [], analyses: [] });
  const times: TimeQuery[] = [];
  for (const date of [dayNumber(2022, 12, 31), dayNumber(2023, 1, 1), dayNumber(2024, 3, 1), dayNumber(2024, 3, 31), dayNumber(2025, 9, 30), dayNumber(2026, 1, 1)]) {
    times.push({ date, from: null });
    for (const back of [0, 1, 30, 45, 400]) times.push({ date, from: date - back });
  }

  it.each([
    ['no filter', null],
    ['two kinds of three', filter],
  ] as const)('lists, counts and tests exactly the events the time rule and the filter keep (%s)', (_name, f) => {
    for (const time of times) {
      // The oracle: every event, one by one.
      const expected = Array.from({ length: table.events.length }, (_, i) => i).filter((i) => (f === null || f.keep[i] === 1) && inTime(table.start[i] ?? 0, table.end[i] ?? 0, time));
      const shown = shownAt({ table, sites }, time, f);
      const label = `${isoDay(time.date)} from ${time.from === null ? '-' : isoDay(time.from)}`;
      expect(shown.rows(), label).toEqual(expected);
      expect(shown.eventCount, label).toBe(expected.length);
      expect(shown.events().map((e) => e.id), label).toEqual(expected.map((i) => table.events.at(i)?.id));
      for (let i = 0; i < table.events.length; i++) expect(shown.has(i), `${label} row ${i}`).toBe(expected.includes(i));
      // Any stretch of the table (a month of the histogram) counts the same.
      for (const [lo, hi] of [[0, 50], [50, 51], [120, 300], [300, 400], [10, 5]] as const) {
        expect(shown.countRows(lo, hi), `${label} rows ${lo}..${hi}`).toBe(expected.filter((i) => i >= lo && i < hi).length);
      }
    }
  });

  it('gives each site its status on the date, and leaves out a site that does not stand then', () => {
    for (const date of [dayNumber(2024, 2, 29), dayNumber(2024, 3, 1), dayNumber(2024, 9, 15), dayNumber(2024, 10, 1)]) {
      const shown = shownAt({ table, sites }, { date, from: null }, null);
      const standing = sites.filter((s) => s.status.length === 0 || statusOnDate(s, date) !== null).map((s) => s.id);
      expect(shown.sites.map((s) => s.site.id)).toEqual(standing);
      expect(shown.site('then')?.status?.period.status).toBe(statusOnDate(sites[1] as Site, date)?.period.status);
    }
  });
});
