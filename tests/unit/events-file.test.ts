import { describe, expect, it } from 'vitest';
import { decodeEvents, encodeEvents } from '../../src/content/events-file';
import { buildEventTable } from '../../src/content/event-table';
import type { MapEvent } from '../../src/content/texts';
import { tableExtent, timelineExtent } from '../../src/content/timeline-extent';

// A FIXTURE: events of every shape the schema allows (made up for this test, not content).
const events: MapEvent[] = [
  { id: 'b-point', title: 'A point, to the day', date: '2025-01-20', kind: 'legal', place: { coordinates: [35.8912, 34.8959], name: 'Tartus', country: 'SY', location: { precision: 'exact', sources: ['s1', 's2'] } }, actors: ['russia', 'syria'], sources: ['s1'], passages: ['a#p1'] },
  { id: 'a-site', title: 'At a site, to the month, reported later', date: '2024-12', reported: '2025-02-03', kind: 'military', place: { site: 'khmeimim' }, actors: [], sources: ['s2', 's1'], passages: ['a#p1', 'a#p2'] },
  { id: 'c-area', title: 'Over an area, a range', date: { from: '2019', to: '2020-06' }, kind: 'attack', place: { area: 'north-east' }, actors: ['russia'], sources: ['s3'], passages: ['a#p2'] },
  { id: 'd-estimate', title: 'Ünïcode — عربى, русский', date: '2025', kind: 'economy', place: { coordinates: [-0.5, -89.99999999], name: 'Nowhere', country: 'AQ', location: { precision: 'estimate' } }, actors: [], sources: ['s1'], passages: ['a#p3'] },
];

const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

describe('the events file (content/events.bin)', () => {
  it('reads back exactly the events written, in the event table’s order with its day columns', () => {
    const read = decodeEvents(buffer(encodeEvents(events)));
    if (!read.ok) throw new Error(read.reason);
    const table = buildEventTable(events);
    expect(read.rows.toArray()).toEqual(table.events.toArray());
    expect([...read.rows.start]).toEqual([...table.start]);
    expect([...read.rows.end]).toEqual([...table.end]);
    // The timeline's span from the day columns is the one the dates give.
    expect(tableExtent(read.rows)).toEqual(timelineExtent({ events }));
    // Optional fields stay absent (not undefined), so the schema and the export see the same objects.
    expect(read.rows.toArray().find((e) => e.id === 'b-point')).not.toHaveProperty('reported');
    const estimate = read.rows.toArray().find((e) => e.id === 'd-estimate');
    expect(estimate && 'coordinates' in estimate.place && estimate.place.location).toEqual({ precision: 'estimate' });
  });

  it('answers for each row from its columns what its event says, and makes each row’s event once', () => {
    const read = decodeEvents(buffer(encodeEvents(events)));
    if (!read.ok) throw new Error(read.reason);
    const rows = read.rows;
    expect(rows.length).toBe(events.length);
    for (let i = 0; i < rows.length; i++) {
      const e = rows.at(i);
      if (!e) throw new Error(`row ${i} has no event`);
      const label = e.id;
      expect(rows.id(i), label).toBe(e.id);
      expect(rows.title(i), label).toBe(e.title);
      expect(rows.kind(i), label).toBe(e.kind);
      expect(rows.site(i), label).toBe('site' in e.place ? e.place.site : null);
      expect(rows.area(i), label).toBe('area' in e.place ? e.place.area : null);
      expect(rows.place(i), label).toEqual(e.place);
      expect([rows.lon[i], rows.lat[i]], label).toEqual('coordinates' in e.place ? e.place.coordinates : [NaN, NaN]);
      expect(rows.actors(i), label).toEqual(e.actors);
      expect(rows.passages(i), label).toEqual(e.passages);
      // The same row is the same event (what React and the lookups by id rely on).
      expect(rows.at(i), label).toBe(e);
    }
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.at(rows.length)).toBeUndefined();
    expect(rows.toArray().map((e) => e.id)).toEqual([...rows].map((e) => e.id));
  });

  it('stores each text once', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...events[0], id: `e-${i}` }) as MapEvent);
    const one = encodeEvents(many.slice(0, 1)).byteLength;
    const all = encodeEvents(many).byteLength;
    // A repeated title, place, date and references cost nothing more; each row's columns and its id do.
    expect((all - one) / 199).toBeLessThan(120);
  });

  it('refuses a file that is not one, or is damaged, with the reason', () => {
    const good = encodeEvents(events);
    expect(decodeEvents(buffer(new TextEncoder().encode('{"events": []}')))).toEqual({ ok: false, reason: 'it is not an events file' });
    const version = good.slice();
    version[4] = 9;
    expect(decodeEvents(buffer(version))).toEqual({ ok: false, reason: 'its layout is version 9, this app reads version 1' });
    expect(decodeEvents(buffer(good.slice(0, good.byteLength - 64))).ok).toBe(false);
    // A kind number past the list of kinds: not turned silently into some kind.
    const read = decodeEvents(buffer(good));
    if (!read.ok) throw new Error(read.reason);
    const kinds = new DataView(good.buffer).getUint32(16 + 9 * 8, true);
    const badKind = good.slice();
    badKind[kinds] = 200;
    expect(decodeEvents(buffer(badKind))).toEqual({ ok: false, reason: 'its column "kind" is damaged (row 0)' });
  });

  it('refuses a text it could not store', () => {
    expect(() => encodeEvents([{ ...events[0], title: 'a\u0000b' } as MapEvent])).toThrow(/U\+0000/);
  });
});
