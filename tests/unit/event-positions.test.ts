import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/content/content-index';
import type { MapBundle, MapEvent } from '../../src/content/texts';
import { eventPositions } from '../../src/features/map/event-positions';

// A FIXTURE (made up for this test): one site with three events, two events at one point, one alone.
const base = { title: 't', date: '2025-01-01', kind: 'military', actors: [], sources: ['s'], passages: ['a#p'] } as const;
const at = (id: string, place: MapEvent['place']): MapEvent => ({ ...base, id, place, actors: [], sources: ['s'], passages: ['a#p'] });
const point = (lon: number, lat: number) => ({ coordinates: [lon, lat] as [number, number], name: 'x', country: 'SY', location: { precision: 'exact' as const } });
const events = [at('s1', { site: 'base' }), at('s2', { site: 'base' }), at('s3', { site: 'base' }), at('p1', point(37, 35)), at('p2', point(37, 35)), at('alone', point(38, 34))];
const content = { atlas: {}, analyses: [], sites: [{ id: 'base', coordinates: [36, 33], status: [], passages: [] }], events, areas: [], actors: [] } as unknown as MapBundle;

describe('where events are drawn', () => {
  it('fans out events that share a place, around a site all of them, elsewhere all but the first', () => {
    const index = buildIndex(content);
    const { lonLat, offset } = eventPositions(index);
    const row = (id: string) => index.table.rowOf.get(id) ?? -1;
    const off = (id: string) => [offset[2 * row(id)], offset[2 * row(id) + 1]];
    const moved = (id: string) => Math.hypot(...(off(id) as [number, number])) > 0;
    expect(['s1', 's2', 's3'].map(moved)).toEqual([true, true, true]);
    expect(new Set(['s1', 's2', 's3'].map((id) => off(id).join())).size).toBe(3);
    expect([moved('p1'), moved('p2')].sort()).toEqual([false, true]);
    expect(moved('alone')).toBe(false);
    expect([lonLat[2 * row('alone')], lonLat[2 * row('alone') + 1]]).toEqual([38, 34]);
    expect([lonLat[2 * row('s2')], lonLat[2 * row('s2') + 1]]).toEqual([36, 33]);
  });
});
