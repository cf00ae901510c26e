import type { ContentIndex } from '../../content/content-index';
import { rowPosition } from '../../content/geojson';

/** Where each event of the table is drawn: its place, and a pixel offset fanning it out around a site. */
export interface EventPositions {
  /** lon, lat pairs in table order (NaN for an event with no place). */
  lonLat: Float64Array;
  /** Pixel offsets (x right, y down) in table order. */
  offset: Float32Array;
  /** The largest offset, in pixels, for picking. */
  maxOffset: number;
}

const RING_PX = 16;
const STEP_DEG = 40;

/**
 * One number per place, to 1e-5 degree (about a metre): places that close share a fan. Numbers, not "lon,lat"
 * strings, and counted only where two events share a place: at a million events a map of every place took 1.6 s.
 */
const placeKey = (lon: number, lat: number): number => Math.round(lon * 1e5) * 4e7 + Math.round(lat * 1e5) + 1e7;

export function eventPositions(index: ContentIndex): EventPositions {
  const { events } = index.table;
  const lonLat = new Float64Array(events.length * 2);
  const offset = new Float32Array(events.length * 2);
  const keys = new Float64Array(events.length).fill(NaN);
  for (let i = 0; i < events.length; i++) {
    const p = rowPosition(events, i, index.content);
    lonLat[2 * i] = p ? p[0] : NaN;
    lonLat[2 * i + 1] = p ? p[1] : NaN;
    if (p) keys[i] = placeKey(p[0], p[1]);
  }
  const sitesAt = new Set(index.content.sites.map((s) => placeKey(s.coordinates[0], s.coordinates[1])));
  const sorted = keys.slice().sort();
  const shared = new Set<number>(sitesAt);
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) shared.add(sorted[i] ?? NaN);
  const count = new Map<number, number>();
  let maxOffset = 0;
  keys.forEach((key, i) => {
    if (!shared.has(key)) return;
    const k = count.get(key) ?? 0;
    count.set(key, k + 1);
    // Around a site: a ring (then wider rings) that leaves the site's diamond visible, filled from the top going
    // left, away from the site's label on its right (a dot under the label is hovered as the site). Elsewhere: the
    // first event sits on its place and the rest circle it.
    const slot = sitesAt.has(key) ? k : k - 1;
    if (slot < 0) return;
    const perRing = 9;
    const ring = RING_PX * (1 + 0.8 * Math.floor(slot / perRing));
    const angle = (-90 - (slot % perRing) * STEP_DEG - Math.floor(slot / perRing) * 20) * (Math.PI / 180);
    offset[2 * i] = Math.cos(angle) * ring;
    offset[2 * i + 1] = Math.sin(angle) * ring;
    maxOffset = Math.max(maxOffset, ring);
  });
  return { lonLat, offset, maxOffset };
}
