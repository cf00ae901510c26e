import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Web Mercator as MapLibre uses it (512-pixel tiles, so a zoom here is the map's zoom), and the basemap's
 * geometry turned into SVG paths: projected, thinned to what a pixel can show, and clipped to the picture.
 */
export const TILE = 512;
const MAX_LAT = 85.0511;

/** A view: the point `centre` ([lon, lat]) is drawn at pixel (x, y), at zoom `zoom`. */
export interface Frame {
  zoom: number;
  centre: Position;
  x: number;
  y: number;
}

/** A rectangle in pixels: [left, top, right, bottom]. */
export type Rect = [number, number, number, number];

function worldXY(lon: number, lat: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size];
}

/** A projector for a frame: [lon, lat] to picture pixels. */
export function projector(frame: Frame): (p: Position) => [number, number] {
  const [cx, cy] = worldXY(frame.centre[0] ?? 0, frame.centre[1] ?? 0, frame.zoom);
  return (p) => {
    const [x, y] = worldXY(p[0] ?? 0, p[1] ?? 0, frame.zoom);
    return [x - cx + frame.x, y - cy + frame.y];
  };
}

/** The inverse: picture pixels to [lon, lat]. */
export function unprojector(frame: Frame): (x: number, y: number) => Position {
  const size = TILE * 2 ** frame.zoom;
  const [cx, cy] = worldXY(frame.centre[0] ?? 0, frame.centre[1] ?? 0, frame.zoom);
  return (x, y) => {
    const wx = (x - frame.x + cx) / size;
    const wy = (y - frame.y + cy) / size;
    return [wx * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * wy))) * 180) / Math.PI];
  };
}

/** The frame that shows bounds ([west, south, east, north]) inside rect, with padding, as large as fits (up to maxZoom). */
export function fitBounds(bounds: readonly number[], rect: Rect, padding: number, maxZoom: number): Frame {
  const [w = 0, s = 0, e = 0, n = 0] = bounds;
  const [x0, y0] = worldXY(w, n, 0);
  const [x1, y1] = worldXY(e, s, 0);
  const width = Math.max(1e-9, x1 - x0);
  const height = Math.max(1e-9, y1 - y0);
  const zoom = Math.min(maxZoom, Math.log2((rect[2] - rect[0] - 2 * padding) / width), Math.log2((rect[3] - rect[1] - 2 * padding) / height));
  // The centre in Mercator (not the middle latitude), so the bounds sit centred in the picture.
  const size = TILE;
  const mx = (x0 + x1) / 2 / size;
  const my = (y0 + y1) / 2 / size;
  const lon = mx * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
  return { zoom, centre: [lon, lat], x: (rect[0] + rect[2]) / 2, y: (rect[1] + rect[3]) / 2 };
}

export interface Basemap {
  /** The region overview (TopoJSON), for views below DETAIL_MINZOOM. */
  overview: { countries: Feature[]; borders: MultiLineString[] };
  /** The region in full detail, from DETAIL_MINZOOM. */
  detail: { countries: Feature[]; borders: MultiLineString[] };
  /** The coarse world beyond the region (the region is cut out of it). */
  world: { countries: Feature[]; borders: MultiLineString[] };
  /** Country label points and cities. */
  places: Feature<Point>[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function split(fc: FeatureCollection): { countries: Feature[]; borders: MultiLineString[] } {
  const countries = fc.features.filter((f) => f.properties?.['kind'] === 'country');
  const borders = fc.features.flatMap((f) => (f.properties?.['kind'] === 'border' && f.geometry.type === 'MultiLineString' ? [f.geometry] : []));
  return { countries, borders };
}

export function loadBasemap(geoDir: string): Basemap {
  const topo = readJson(join(geoDir, 'region.json')) as Topology<{ countries: GeometryCollection; borders: GeometryCollection }>;
  const regionCountries = feature(topo, topo.objects.countries).features;
  const regionBorders = feature(topo, topo.objects.borders).features.flatMap((f) => (f.geometry.type === 'MultiLineString' ? [f.geometry] : []));
  const places = (readJson(join(geoDir, 'world-places.json')) as FeatureCollection).features.filter((f): f is Feature<Point> => f.geometry.type === 'Point');
  return {
    overview: { countries: regionCountries, borders: regionBorders },
    detail: split(readJson(join(geoDir, 'detail.json')) as FeatureCollection),
    world: split(readJson(join(geoDir, 'world.json')) as FeatureCollection),
    places,
  };
}

type XY = [number, number];
const fmt = (v: number): string => String(Math.round(v * 10) / 10);

/** Projects a line or ring and drops points closer than `tolerance` pixels to the last one kept. */
function thin(coords: Position[], project: (p: Position) => XY, tolerance: number): XY[] {
  const out: XY[] = [];
  let last: XY | undefined;
  coords.forEach((c, i) => {
    const p = project(c);
    if (!last || i === coords.length - 1 || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= tolerance) {
      out.push(p);
      last = p;
    }
  });
  return out;
}

function bbox(points: XY[]): Rect {
  let [l, t, r, b] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    l = Math.min(l, x); r = Math.max(r, x); t = Math.min(t, y); b = Math.max(b, y);
  }
  return [l, t, r, b];
}

const disjoint = (a: Rect, b: Rect) => a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3];
const inside = (a: Rect, b: Rect) => a[0] >= b[0] && a[2] <= b[2] && a[1] >= b[1] && a[3] <= b[3];

/** Sutherland–Hodgman: a ring clipped to a rectangle (edges along the rectangle are left outside the picture). */
function clipRing(ring: XY[], r: Rect): XY[] {
  let pts = ring;
  const edges: [(p: XY) => boolean, (a: XY, b: XY) => XY][] = [
    [(p) => p[0] >= r[0], (a, b) => [r[0], a[1] + ((b[1] - a[1]) * (r[0] - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= r[2], (a, b) => [r[2], a[1] + ((b[1] - a[1]) * (r[2] - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= r[1], (a, b) => [a[0] + ((b[0] - a[0]) * (r[1] - a[1])) / (b[1] - a[1]), r[1]]],
    [(p) => p[1] <= r[3], (a, b) => [a[0] + ((b[0] - a[0]) * (r[3] - a[1])) / (b[1] - a[1]), r[3]]],
  ];
  for (const [isIn, cut] of edges) {
    const out: XY[] = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i] as XY;
      const b = pts[(i + 1) % pts.length] as XY;
      if (isIn(a)) {
        out.push(a);
        if (!isIn(b)) out.push(cut(a, b));
      } else if (isIn(b)) out.push(cut(a, b));
    }
    pts = out;
    if (pts.length < 3) return [];
  }
  return pts;
}

function signedArea(ring: XY[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as XY;
    const q = ring[(i + 1) % ring.length] as XY;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/** [west, south, east, north] of a ring or line, computed once per array (the basemap is drawn for every card). */
const extents = new WeakMap<Position[], Rect>();
function extentOf(coords: Position[]): Rect {
  let e = extents.get(coords);
  if (!e) {
    let [w, s, east, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of coords) {
      w = Math.min(w, x); east = Math.max(east, x); s = Math.min(s, y); n = Math.max(n, y);
    }
    e = [w, s, east, n];
    extents.set(coords, e);
  }
  return e;
}

/** The part of the world a clip rectangle shows, as [west, south, east, north], to skip what lies outside unprojected. */
export function clipExtent(frame: Frame, clip: Rect): Rect {
  const unproject = unprojector(frame);
  const [w = 0, n = 0] = unproject(clip[0], clip[1]);
  const [e = 0, s = 0] = unproject(clip[2], clip[3]);
  return [w, s, e, n];
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Polygons as one SVG path for the nonzero rule: outer rings turned one way and holes the other, so neighbouring
 * countries drawn in the same path leave no hairline seam between them.
 */
export function polygonPath(geometries: (Geometry | null)[], project: (p: Position) => XY, clip: Rect, extent: Rect): string {
  const parts: string[] = [];
  for (const polygon of geometries.flatMap(polygonsOf)) {
    // A polygon whose outer ring lies outside the picture is skipped whole, holes and all.
    if (polygon[0] && disjoint(extentOf(polygon[0]), extent)) continue;
    polygon.forEach((coords, ringIndex) => {
      let ring = thin(coords, project, 0.7);
      if (ring.length < 4) return;
      const box = bbox(ring);
      if (disjoint(box, clip)) return;
      if (!inside(box, clip)) ring = clipRing(ring, clip);
      if (ring.length < 3 || Math.abs(signedArea(ring)) < 0.5) return;
      if (signedArea(ring) > 0 !== (ringIndex === 0)) ring.reverse();
      parts.push(`M${ring.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}Z`);
    });
  }
  return parts.join('');
}

/** Liang–Barsky: the part of segment a–b inside the rectangle, or null. */
function clipSegment(a: XY, b: XY, r: Rect): [XY, XY] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const checks: [number, number][] = [[-dx, a[0] - r[0]], [dx, r[2] - a[0]], [-dy, a[1] - r[1]], [dy, r[3] - a[1]]];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy]];
}

/** Lines as one SVG path, clipped to the rectangle. */
export function linePath(lines: Position[][], project: (p: Position) => XY, clip: Rect, extent: Rect): string {
  const parts: string[] = [];
  for (const coords of lines) {
    if (disjoint(extentOf(coords), extent)) continue;
    const line = thin(coords, project, 0.7);
    if (line.length < 2 || disjoint(bbox(line), clip)) continue;
    let run: XY[] = [];
    const flush = () => {
      if (run.length > 1) parts.push(`M${run.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}`);
      run = [];
    };
    for (let i = 1; i < line.length; i++) {
      const seg = clipSegment(line[i - 1] as XY, line[i] as XY, clip);
      if (!seg) {
        flush();
        continue;
      }
      const last = run[run.length - 1];
      if (!last || last[0] !== seg[0][0] || last[1] !== seg[0][1]) {
        flush();
        run.push(seg[0]);
      }
      run.push(seg[1]);
    }
    flush();
  }
  return parts.join('');
}
