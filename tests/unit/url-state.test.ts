import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { routeAt, selectionAt, selectionPath } from '../../src/state/paths';
import { formatTimeSearch, mapHashNotice, parseMapHash, parseTimeView, permalink } from '../../src/state/url-state';

const extent = { start: dayNumber(2015, 8, 1), end: dayNumber(2026, 12, 31), latest: dayNumber(2026, 1, 28) };

describe('parseTimeView', () => {
  it('shows the latest date when the link names none', () => {
    expect(parseTimeView('', extent)).toEqual({ date: extent.latest, from: null, mode: 'as-of', notices: [] });
  });

  it('reads "as of" and "between" modes', () => {
    expect(parseTimeView('?date=2025-10-15', extent)).toMatchObject({ date: dayNumber(2025, 10, 15), from: null, mode: 'as-of' });
    expect(parseTimeView('?date=2025-10-15&from=2025-01-01', extent)).toMatchObject({ date: dayNumber(2025, 10, 15), from: dayNumber(2025, 1, 1), mode: 'between' });
  });

  it('replaces bad values with the nearest sensible view and says so', () => {
    const bad = parseTimeView('?date=2025-02-30', extent);
    expect(bad.date).toBe(extent.latest);
    expect(bad.notices[0]).toEqual({ key: 'notice.notADate', params: { value: '2025-02-30', instead: 'latest' } });
    const early = parseTimeView('?date=1990-01-01', extent);
    expect(early.date).toBe(extent.start);
    expect(early.notices[0]?.key).toBe('notice.outOfRange');
    const swapped = parseTimeView('?date=2025-01-01&from=2025-06-01', extent);
    expect(swapped).toMatchObject({ date: dayNumber(2025, 6, 1), from: dayNumber(2025, 1, 1), mode: 'between' });
    expect(swapped.notices).toHaveLength(1);
  });

  it('round-trips through formatTimeSearch, keeping other keys', () => {
    const search = formatTimeSearch('?kinds=attack', { date: dayNumber(2025, 5, 20), from: dayNumber(2025, 1, 1) });
    expect(new URLSearchParams(search).get('kinds')).toBe('attack');
    expect(parseTimeView(search, extent)).toMatchObject({ date: dayNumber(2025, 5, 20), from: dayNumber(2025, 1, 1), notices: [] });
    expect(formatTimeSearch(search, { date: dayNumber(2025, 5, 20), from: null })).toBe('?kinds=attack&date=2025-05-20');
  });
});

describe('parseMapHash', () => {
  it('reads OpenStreetMap-style #map=ZOOM/LAT/LON', () => {
    expect(parseMapHash('#map=9/35.4117/35.945')).toEqual({ zoom: 9, lat: 35.4117, lon: 35.945 });
  });
  it('rejects garbage and impossible values', () => {
    for (const bad of ['', '#map=', '#map=abc', '#map=9/95/10', '#map=9/35', '#map=-1/35/35', '#other=1/2/3']) expect(parseMapHash(bad), bad).toBeNull();
    // A zoom the map does not have is read, and noticed: the map goes there at the nearest zoom it has.
    expect(parseMapHash('#map=99/35/35')).toEqual({ zoom: 99, lat: 35, lon: 35 });
    expect(mapHashNotice('#map=99/35/35')?.key).toBe('notice.zoomOutOfRange');
    expect(mapHashNotice('#map=9/35/35')).toBeNull();
  });
});

describe('the route table', () => {
  it('spells and reads every selection', () => {
    expect(selectionPath({ kind: 'site', id: 'khmeimim' })).toBe('/sites/khmeimim');
    expect(selectionPath({ kind: 'analysis', id: 'a', passage: 'p' })).toBe('/analyses/a/p');
    expect(selectionPath(null)).toBe('/');
    expect(selectionAt('/sites/khmeimim')).toEqual({ kind: 'site', id: 'khmeimim' });
    expect(selectionAt('/events/fall-of-assad')).toEqual({ kind: 'event', id: 'fall-of-assad' });
    expect(selectionAt('/analyses/a')).toEqual({ kind: 'analysis', id: 'a' });
    expect(selectionAt('/analyses/a/passage-1')).toEqual({ kind: 'analysis', id: 'a', passage: 'passage-1' });
    expect(selectionAt('/')).toBeNull();
  });
  it('matches no route for a path it does not have (the catch-all "not found" page)', () => {
    for (const path of ['/nowhere/at/all/x', '/sites', '/sites/a/b', '/events/a/b', '/analyses/a/b/c']) {
      expect(routeAt(path), path).toBeNull();
      expect(selectionAt(path), path).toBeNull();
    }
    expect(routeAt('/')?.name).toBe('home');
  });
  it('encodes ids so any text is safe in a path, and reads them back', () => {
    for (const odd of ['a/b?c#<d>', 'x y', '😀\u202eح', '%E0%A4%A']) {
      expect(selectionAt(selectionPath({ kind: 'site', id: odd }))).toEqual({ kind: 'site', id: odd });
    }
    // A malformed escape is kept as it was written, not thrown on.
    expect(selectionAt('/sites/%E0%A4%A')).toEqual({ kind: 'site', id: '%E0%A4%A' });
  });
});

describe('permalink', () => {
  it('writes the date (and start) into the link even when the address left them to the default', () => {
    const time = { date: extent.latest, from: null };
    expect(permalink('https://atlas.example/sites/khmeimim?lang=ar#map=7/35/36', time)).toBe('https://atlas.example/sites/khmeimim?lang=ar&date=2026-01-28#map=7/35/36');
    expect(permalink('https://atlas.example/?date=2025-01-01', { date: dayNumber(2025, 6, 1), from: dayNumber(2025, 1, 1) })).toBe('https://atlas.example/?date=2025-06-01&from=2025-01-01');
    // A link that already says its time is kept exactly as written.
    expect(permalink('https://atlas.example/?date=2025-06-01&kinds=diplomacy,attack', { date: dayNumber(2025, 6, 1), from: null })).toBe('https://atlas.example/?date=2025-06-01&kinds=diplomacy,attack');
  });
});
