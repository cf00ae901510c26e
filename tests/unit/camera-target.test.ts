import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/content/content-index';
import type { MapBundle } from '../../src/content/texts';
import { cameraTargetFor } from '../../src/features/map/camera-target';

const content = JSON.parse(readFileSync('public/content/content.json', 'utf8')) as MapBundle;
const index = buildIndex(content);
const [w, s, e, n] = content.atlas.home.bounds;
const inRegion = ([lon, lat]: readonly number[]) => (lon ?? NaN) >= w && (lon ?? NaN) <= e && (lat ?? NaN) >= s && (lat ?? NaN) <= n;

describe('where a link to a site puts the camera', () => {
  it('centres the site, close in inside the region and zoomed out enough to show where it is outside it', () => {
    const outside = content.sites.filter((site) => !inRegion(site.coordinates));
    const inside = content.sites.filter((site) => inRegion(site.coordinates));
    expect(outside.length + inside.length).toBe(content.sites.length);
    const zoomOf = (id: string) => {
      const target = cameraTargetFor({ kind: 'site', id }, index, []);
      if (target?.kind !== 'point') throw new Error(`no point for ${id}`);
      return target;
    };
    for (const site of inside) expect(zoomOf(site.id).zoom, site.id).toBeGreaterThanOrEqual(8);
    // Zoom 5 or less: a few hundred kilometres across, the country and its neighbours named.
    for (const site of outside) {
      expect(zoomOf(site.id).zoom, site.id).toBeLessThanOrEqual(5);
      expect(zoomOf(site.id).center).toEqual([...site.coordinates]);
    }
  });
});
