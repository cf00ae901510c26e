import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const EXTENTS = 'country-extents.json';

/** Builds the basemap into a temporary folder, with the country extents beside it. */
function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-geo-'));
  execFileSync(process.execPath, ['scripts/build-geo.mjs', join(dir, 'geo'), join(dir, EXTENTS)], { stdio: 'pipe' });
  return dir;
}

describe('scripts/build-geo.mjs', () => {
  it('is reproducible: two runs give the same bytes, and public/geo and the country extents are what it produces', { timeout: 60_000 }, () => {
    const a = build();
    const b = build();
    const files = readdirSync(join(a, 'geo')).sort();
    expect(files).toEqual(['detail.json', 'places.json', 'region.json', 'world-places.json', 'world.json']);
    expect(readdirSync('public/geo').sort()).toEqual(files);
    for (const [made, committed] of [...files.map((f) => [join('geo', f), join('public/geo', f)]), [EXTENTS, join('src/content', EXTENTS)]] as const) {
      const bytes = readFileSync(join(a, made));
      expect(readFileSync(join(b, made)).equals(bytes), `${made} differs between runs`).toBe(true);
      expect(readFileSync(committed).equals(bytes), `${committed} is stale: run npm run geo`).toBe(true);
    }
  });

  it('gives every country the content uses an extent that holds its places (Natural Earth polygon, GeoNames code)', async () => {
    const { COUNTRY_EXTENTS } = await import('../../src/content/country-extents');
    // Capitals, written here from general knowledge, independently of the build: each must fall in its own extent.
    const capitals: [string, number, number][] = [['SY', 36.29, 33.51], ['RU', 37.62, 55.75], ['LY', 13.19, 32.89], ['IL', 34.78, 32.08], ['TR', 32.86, 39.93], ['US', -77.04, 38.91], ['FR', 2.35, 48.86], ['EG', 31.24, 30.04]];
    for (const [code, lon, lat] of capitals) {
      const [w = NaN, s = NaN, e = NaN, n = NaN] = COUNTRY_EXTENTS[code] ?? [];
      expect(lon >= w && lon <= e && lat >= s && lat <= n, `${code} [${w}, ${s}, ${e}, ${n}]`).toBe(true);
    }
    // A far country's capital is not in Syria's extent (what catches swapped numbers), and the table covers the world.
    const [w = NaN, s = NaN, e = NaN, n = NaN] = COUNTRY_EXTENTS.SY ?? [];
    expect(37.62 >= w && 37.62 <= e && 55.75 >= s && 55.75 <= n).toBe(false);
    expect(Object.keys(COUNTRY_EXTENTS).length).toBeGreaterThan(200);
  });

  it('keeps all of public/geo under 400 KB gzipped', () => {
    const total = readdirSync('public/geo').reduce((sum, f) => sum + gzipSync(readFileSync(join('public/geo', f)), { level: 9 }).length, 0);
    expect(total).toBeLessThan(400 * 1024);
  });

  it('tells the app where the fine region ends, as the build used it', async () => {
    const { REGION_BBOX } = await import('../../scripts/geo-config.mjs');
    const { REGION_BBOX: app } = await import('../../src/features/map/basemap-style');
    expect(app).toEqual(REGION_BBOX);
  });

  it('labels the cities the analyses name, and Moscow for the zoomed-out view', () => {
    const places = JSON.parse(readFileSync('public/geo/world-places.json', 'utf8')) as { features: { properties: { name: string; kind: string } }[] };
    const cities = places.features.filter((f) => f.properties.kind === 'city').map((f) => f.properties.name);
    for (const name of ['Damascus', 'Aleppo', 'Homs', 'Latakia', 'Tartus', 'Deir ez-Zor', 'Qamishli', 'Beirut', 'Amman', 'Baghdad', 'Ankara', 'Nicosia', 'Moscow']) {
      expect(cities).toContain(name);
    }
  });

  it('gives the first view the places inside the region, all of them and no others', async () => {
    const { REGION_BBOX } = await import('../../scripts/geo-config.mjs');
    const [west = 0, south = 0, east = 0, north = 0] = REGION_BBOX as number[];
    type Places = { features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[] };
    const read = (f: string) => JSON.parse(readFileSync(join('public/geo', f), 'utf8')) as Places;
    const inside = (p: Places['features'][number]) => {
      const [x, y] = p.geometry.coordinates;
      return x >= west && x <= east && y >= south && y <= north;
    };
    const key = (p: Places['features'][number]) => JSON.stringify(p);
    const all = read('world-places.json').features;
    expect(read('places.json').features.map(key)).toEqual(all.filter(inside).map(key));
    expect(all.filter((p) => !inside(p)).length).toBeGreaterThan(50);
  });

  it('ships the region overview as one topology: Syria and its neighbours, and their borders, none along the cut edges', async () => {
    const { REGION_BBOX } = await import('../../scripts/geo-config.mjs');
    const topo = JSON.parse(readFileSync('public/geo/region.json', 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }>; borders: GeometryCollection }>;
    const names = feature(topo, topo.objects.countries).features.map((f) => f.properties.name);
    for (const name of ['Syria', 'Lebanon', 'Turkey', 'Iraq', 'Jordan', 'Israel', 'Cyprus']) expect(names).toContain(name);
    const borders = feature(topo, topo.objects.borders).features.flatMap((f) => (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : []));
    expect(borders.length).toBeGreaterThan(10);
    // The region's cut edges and the coasts belong to one country only: no border runs along the bbox.
    const [west = 0, south = 0, east = 0, north = 0] = REGION_BBOX as number[];
    // A segment along the bbox would have both ends on the same edge.
    const edge = ([x = 0, y = 0]: number[]) => (Math.abs(x - west) < 0.005 ? 'w' : Math.abs(x - east) < 0.005 ? 'e' : Math.abs(y - south) < 0.005 ? 's' : Math.abs(y - north) < 0.005 ? 'n' : null);
    for (const line of borders) {
      const alongEdge = line.slice(1).some((p, i) => edge(p) !== null && edge(p) === edge(line[i] ?? []));
      expect(alongEdge, JSON.stringify(line.slice(0, 3))).toBe(false);
    }
    // The Syrian–Turkish border is there (a vertex of it near Kilis, 37.05° E 36.65° N).
    const near = borders.some((line) => line.some(([x, y]) => Math.abs((x ?? 0) - 37.05) < 0.15 && Math.abs((y ?? 0) - 36.65) < 0.1));
    expect(near).toBe(true);
  });
});
