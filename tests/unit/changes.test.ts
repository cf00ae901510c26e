import { describe, expect, it } from 'vitest';
import { changesBetween, siteChanges } from '../../src/content/changes';
import { buildEventTable } from '../../src/content/event-table';
import { dayNumber, parsePartialDate } from '../../src/content/dates';
import { changeText } from '../../src/content/export';
import type { ArticleEvent } from '../../src/content/schema';
import { shownAt } from '../../src/content/shown';
import type { MapSite } from '../../src/content/texts';

// A fixture (not content): one site changes status, one begins, one ends, one keeps its status across a new period,
// one has no history.
const period = (from: string, to: string | undefined, status: string) => ({ from, ...(to ? { to } : {}), status, actors: [], sources: [`src-${status}`] });
const sites = [
  { id: 'port', names: { en: 'Port' }, status: [period('2019-04', '2025-01-19', 'russian-contract'), { ...period('2025-01-20', undefined, 'annulled'), reported: '2025-01-21' }] },
  { id: 'new', names: { en: 'New' }, status: [period('2025-02', undefined, 'proposed')] },
  { id: 'gone', names: { en: 'Gone' }, status: [period('2019-11-14', '2024-12-20', 'russian-presence')] },
  { id: 'same', names: { en: 'Same' }, status: [period('2019', '2024-12-06', 'russian-presence'), period('2024-12-07', undefined, 'russian-presence')] },
  { id: 'seat', names: { en: 'Seat' }, status: [] },
] as unknown as MapSite[];

describe('what changed between two dates', () => {
  const from = dayNumber(2024, 12, 1);
  const to = dayNumber(2025, 3, 1);

  it('lists each site whose status differs, in the order the changes happened, with the period that made it', () => {
    const changes = siteChanges(sites, from, to);
    expect(changes.map((c) => [c.site.id, c.kind, c.before?.status ?? null, c.after?.status ?? null, c.when])).toEqual([
      ['gone', 'ended', 'russian-presence', null, '2024-12-20'],
      ['port', 'changed', 'russian-contract', 'annulled', '2025-01-20'],
      ['new', 'began', null, 'proposed', '2025-02'],
    ]);
    expect(changes.find((c) => c.site.id === 'port')?.cause.sources).toEqual(['src-annulled']);
    expect(changes.find((c) => c.site.id === 'port')?.cause.reported).toBe('2025-01-21');
  });

  it('is empty over a range in which nothing changed, and when the two dates are the same', () => {
    expect(siteChanges(sites, dayNumber(2020, 1, 1), dayNumber(2024, 6, 1))).toEqual([]);
    expect(siteChanges(sites, to, to)).toEqual([]);
  });

  it('reads a month-precise change at its first possible day (a range ending inside the month sees it)', () => {
    const start = parsePartialDate('2025-02')?.start ?? NaN;
    expect(siteChanges(sites, from, start).map((c) => c.site.id)).toContain('new');
    expect(siteChanges(sites, from, start - 1).map((c) => c.site.id)).not.toContain('new');
  });

  it('groups the events of the range by kind, in the vocabulary order, and says nothing in "as of" mode', () => {
    const events = [
      { id: 'a', date: '2024-12-08', kind: 'military' },
      { id: 'b', date: '2025-01-20', kind: 'legal' },
      { id: 'c', date: '2025-01-28', kind: 'diplomacy' },
      { id: 'd', date: '2025-05-01', kind: 'diplomacy' },
      { id: 'e', date: '2024-11-01', kind: 'attack' },
    ].map((e) => ({ ...e, title: e.id, place: { site: 'port' }, actors: [], sources: ['x'], passages: ['a#p'] })) as unknown as ArticleEvent[];
    const table = buildEventTable(events);
    const summary = changesBetween(sites, shownAt({ table, sites }, { date: to, from }, null));
    expect(summary?.events.map((g) => [g.kind, g.events.map((e) => e.id)])).toEqual([
      ['diplomacy', ['c']],
      ['military', ['a']],
      ['legal', ['b']],
    ]);
    expect(changesBetween(sites, shownAt({ table, sites }, { date: to, from: null }, null))).toBeNull();
  });

  it('writes a change for the files with its statuses and its date at its own precision', () => {
    const [gone, port, added] = siteChanges(sites, from, to);
    expect([gone, port, added].map((c) => (c ? changeText(c) : ''))).toEqual([
      'ends: russian-presence (2024-12-20)',
      'russian-contract → annulled (2025-01-20)',
      'begins: proposed (2025-02)',
    ]);
  });
});
