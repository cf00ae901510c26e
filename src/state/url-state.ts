import { isoDay, parseIsoDay } from '../content/dates';
import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/i18n';
import type { EventFilters } from '../content/filters';

/**
 * Every URL key the app reads or writes, parsed and formatted in one place. The URL is the single source of truth
 * for what can be shared: the selection (path), the date and mode (`?date=`, `&from=`) and the viewport
 * (`#map=ZOOM/LAT/LON`, written by MapLibre's hash option).
 */
export const DATE_KEY = 'date';
export const FROM_KEY = 'from';
export const MAP_HASH_KEY = 'map';
export const LANG_KEY = 'lang';
export const KINDS_KEY = 'kinds';
export const ACTORS_KEY = 'actors';
export const ANALYSES_KEY = 'analyses';
export const MEASURE_KEY = 'measure';
export const RING_KEY = 'ring';

/** Something wrong with the URL, as a message key and its parameters (translated where it is shown). */
export interface Notice {
  key: MessageKey;
  params: Params;
}

export type TimeMode = 'as-of' | 'between';

export interface TimeView {
  /** The day shown: "as of" this day, or the end of the "between" range. */
  date: number;
  /** Start of the range in "between" mode; null in "as of" mode. */
  from: number | null;
  mode: TimeMode;
  /** What was wrong with the URL and how it was read instead, for a visible notice. */
  notices: Notice[];
}

export interface Extent {
  start: number;
  end: number;
  /** The date shown when the URL names none: the latest the content speaks of. */
  latest: number;
}

function clamp(day: number, extent: Extent): number {
  return Math.min(extent.end, Math.max(extent.start, day));
}

/**
 * Reads `date` and `from`. No date means the latest date of the content. A malformed or out-of-range value never
 * throws: it is replaced by the nearest sensible value and a notice says so.
 */
export function parseTimeView(search: string | URLSearchParams, extent: Extent): TimeView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: Notice[] = [];
  const read = (key: string): number | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const day = parseIsoDay(raw);
    if (day === null) {
      notices.push({ key: 'notice.notADate', params: { value: shorten(raw), instead: key === DATE_KEY ? 'latest' : 'whole' } });
      return null;
    }
    const clamped = clamp(day, extent);
    if (clamped !== day) notices.push({ key: 'notice.outOfRange', params: { value: raw, start: isoDay(extent.start), end: isoDay(extent.end) } });
    return clamped;
  };
  const date = read(DATE_KEY) ?? extent.latest;
  let from = read(FROM_KEY);
  if (from !== null && from > date) {
    notices.push({ key: 'notice.reversed', params: { from: isoDay(date), date: isoDay(from) } });
    return { date: from, from: date, mode: 'between', notices };
  }
  if (params.has(FROM_KEY) && from === null) from = extent.start;
  return { date, from, mode: from === null ? 'as-of' : 'between', notices };
}

/** Writes `date` (and `from` in "between" mode) into a copy of the current query, keeping other keys. */
export function formatTimeSearch(current: string | URLSearchParams, time: { date: number; from: number | null }): string {
  const params = new URLSearchParams(current);
  params.set(DATE_KEY, isoDay(time.date));
  if (time.from === null) params.delete(FROM_KEY);
  else params.set(FROM_KEY, isoDay(time.from));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The link that cites a view: the current address with its date (and start) written out even when they are the
 * defaults, so a link made today still opens the same view after new content moves the default date.
 */
export function permalink(href: string, time: { date: number; from: number | null }): string {
  const url = new URL(href);
  const params = url.searchParams;
  const written = params.get(DATE_KEY) === isoDay(time.date) && (time.from === null ? !params.has(FROM_KEY) : params.get(FROM_KEY) === isoDay(time.from));
  if (written) return href;
  url.search = formatTimeSearch(url.search, time);
  return url.toString();
}

export interface Viewport {
  zoom: number;
  lat: number;
  lon: number;
}

const list = (params: URLSearchParams, key: string) =>
  (params.get(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9-]{1,80}$/.test(s));

/** Reads `kinds`, `actors` and `analyses` (comma-separated ids); anything that is not an id is ignored. */
export function parseFilters(search: string | URLSearchParams): EventFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return { kinds: list(params, KINDS_KEY), actors: list(params, ACTORS_KEY), analyses: list(params, ANALYSES_KEY) };
}

export function formatFilters(current: string | URLSearchParams, f: EventFilters): string {
  const params = new URLSearchParams(current);
  for (const [key, values] of [[KINDS_KEY, f.kinds], [ACTORS_KEY, f.actors], [ANALYSES_KEY, f.analyses]] as const) {
    if (values.length === 0) params.delete(key);
    else params.set(key, values.join(','));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads `#map=ZOOM/LAT/LON` (OpenStreetMap's convention, as MapLibre writes it); null when absent or invalid. */
export function parseMapHash(hash: string): Viewport | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(MAP_HASH_KEY);
  if (!value) return null;
  const parts = value.split('/').map(Number);
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom = NaN, lat = NaN, lon = NaN] = parts;
  // A zoom beyond the map's range is still a place to go (at the nearest zoom it has, with a notice: mapHashNotice).
  if (zoom < 0 || lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The zooms the map shows (MapView); a link's zoom outside them is brought to the nearest, with a notice. */
export const MAP_ZOOM_RANGE = { min: 1.5, max: 12 } as const;

/**
 * A notice about the viewport a link or an edit of the address carries: one we could not read (the map then stays
 * where it is, or opens on the home view), or a zoom outside the map's range (shown at the nearest it has).
 */
export function mapHashNotice(hash: string): Notice | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(MAP_HASH_KEY);
  if (raw === null) return null;
  const viewport = parseMapHash(hash);
  if (viewport === null) return { key: 'notice.badViewport', params: { value: shorten(raw) } };
  const { min, max } = MAP_ZOOM_RANGE;
  if (viewport.zoom < min || viewport.zoom > max) return { key: 'notice.zoomOutOfRange', params: { value: viewport.zoom, min, max } };
  return null;
}

/** A distance measurement: from a site to another site or to a point. */
export interface Measure {
  from: string;
  to: { site: string } | { point: [number, number] };
}

/** Reads `measure=siteA,siteB` or `measure=siteA,LON:LAT`; null when absent or unreadable. */
export function parseMeasure(search: string | URLSearchParams): Measure | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const [from, to] = (params.get(MEASURE_KEY) ?? '').split(',');
  if (!from || !to || !/^[a-z0-9-]{1,80}$/.test(from)) return null;
  const point = /^(-?\d{1,3}(?:\.\d+)?):(-?\d{1,2}(?:\.\d+)?)$/.exec(to);
  if (point) {
    const lon = Number(point[1]);
    const lat = Number(point[2]);
    return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? { from, to: { point: [lon, lat] } } : null;
  }
  return /^[a-z0-9-]{1,80}$/.test(to) ? { from, to: { site: to } } : null;
}

export function formatMeasure(m: Measure): string {
  return `${m.from},${'site' in m.to ? m.to.site : `${m.to.point[0].toFixed(4)}:${m.to.point[1].toFixed(4)}`}`;
}

/** Reads `ring=KM` (a range ring around the selected site, 1 to 5,000 km); null when absent or unreadable. */
export function parseRing(search: string | URLSearchParams): number | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const km = Number(params.get(RING_KEY));
  return params.has(RING_KEY) && Number.isFinite(km) && km >= 1 && km <= 5000 ? km : null;
}

/** Sets or removes one query key, keeping the others. */
export function withParam(current: string | URLSearchParams, key: string, value: string | null): string {
  const params = new URLSearchParams(current);
  if (value === null) params.delete(key);
  else params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
