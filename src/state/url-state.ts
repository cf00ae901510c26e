import { isoDay, parseIsoDay } from '../content/dates';

/**
 * Every URL key the app reads or writes, parsed and formatted in one place. The URL is the single source of truth
 * for what can be shared: the selection (path), the date and mode (`?date=`, `&from=`) and the viewport
 * (`#map=ZOOM/LAT/LON`, written by MapLibre's hash option).
 */
export const DATE_KEY = 'date';
export const FROM_KEY = 'from';
export const MAP_HASH_KEY = 'map';

export type TimeMode = 'as-of' | 'between';

export interface TimeView {
  /** The day shown: "as of" this day, or the end of the "between" range. */
  date: number;
  /** Start of the range in "between" mode; null in "as of" mode. */
  from: number | null;
  mode: TimeMode;
  /** What was wrong with the URL and how it was read instead, for a visible notice. */
  notices: string[];
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
  const notices: string[] = [];
  const read = (key: string): number | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const day = parseIsoDay(raw);
    if (day === null) {
      notices.push(`"${shorten(raw)}" is not a date (use YYYY-MM-DD); the ${key === DATE_KEY ? 'latest date' : 'whole period'} is shown instead.`);
      return null;
    }
    const clamped = clamp(day, extent);
    if (clamped !== day) notices.push(`${raw} is outside the content's dates (${isoDay(extent.start)} to ${isoDay(extent.end)}); the nearest date is shown.`);
    return clamped;
  };
  const date = read(DATE_KEY) ?? extent.latest;
  let from = read(FROM_KEY);
  if (from !== null && from > date) {
    notices.push(`The range started after it ended; ${isoDay(date)} to ${isoDay(from)} is shown instead.`);
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

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Reads `#map=ZOOM/LAT/LON` (OpenStreetMap's convention, as MapLibre writes it); null when absent or invalid. */
export function parseMapHash(hash: string): MapView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(MAP_HASH_KEY);
  if (!value) return null;
  const parts = value.split('/').map(Number);
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom = NaN, lat = NaN, lon = NaN] = parts;
  if (zoom < 0 || zoom > 24 || lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A notice when the link carried a viewport we could not read (the map then opens on the home view). */
export function mapHashNotice(hash: string): string | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(MAP_HASH_KEY);
  if (raw === null || parseMapHash(hash) !== null) return null;
  return `The map position in the link ("${shorten(raw)}") was not understood; the map opens on the whole region.`;
}
