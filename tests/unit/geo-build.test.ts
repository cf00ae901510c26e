import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-geo-'));
  execFileSync(process.execPath, ['scripts/build-geo.mjs', dir], { stdio: 'pipe' });
  return dir;
}

describe('scripts/build-geo.mjs', () => {
  it('is reproducible: two runs give the same bytes, and public/geo is what it produces', { timeout: 60_000 }, () => {
    const a = build();
    const b = build();
    const files = readdirSync(a).sort();
    expect(files).toEqual(['borders.json', 'countries.json', 'detail.json', 'places.json', 'world.json']);
    expect(readdirSync('public/geo').sort()).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(join(a, file));
      expect(readFileSync(join(b, file)).equals(bytes), `${file} differs between runs`).toBe(true);
      expect(readFileSync(join('public/geo', file)).equals(bytes), `public/geo/${file} is stale: run npm run geo`).toBe(true);
    }
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
    const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { features: { properties: { name: string; kind: string } }[] };
    const cities = places.features.filter((f) => f.properties.kind === 'city').map((f) => f.properties.name);
    for (const name of ['Damascus', 'Aleppo', 'Homs', 'Latakia', 'Tartus', 'Deir ez-Zor', 'Qamishli', 'Beirut', 'Amman', 'Baghdad', 'Ankara', 'Nicosia', 'Moscow']) {
      expect(cities).toContain(name);
    }
  });
});
