import { parseDateOrRange } from './dates';
import { EventRows, StringTable, type RowColumns } from './event-rows';
import type { MapEvent } from './texts';
import { EVENT_KINDS, LOCATION_PRECISIONS } from './vocabulary';

/**
 * content/events.bin: the events as the map knows them (MapEvent), in typed columns, one row per event, rows in the
 * event table's order (first possible day, then id). The content build writes it (scripts/content-build.ts) after
 * checking the content against the schema, and reads it back to prove it loses nothing; the page reads it with a
 * few typed-array views and one text decode: no JSON parse. docs/content.md "The events file" documents the layout:
 *
 *   header   "AAEV", u32 version (1), u32 rows, u32 columns; then per column u32 byte offset and u32 byte length
 *   columns  in COLUMNS order, each starting on an 8-byte boundary, little-endian
 *
 * Strings (ids, titles, dates, place names, references) are stored once each, in `strings` (UTF-8, separated by
 * U+0000), and named by their number. A list (actors, sources, passages) is two columns: `<name>At` (rows + 1
 * offsets into `<name>`) and `<name>` (string numbers).
 *
 * The build stores the file gzipped, and the page inflates it with the browser's own DecompressionStream: static
 * hosts compress text by its type and leave a `.bin` as it is, so the file is small on every host without any
 * configuration (100,000 synthetic events: 13.2 MB, 2.4 MB gzipped). A file that is not gzipped is read as it is.
 */
export const EVENTS_FILE = 'events.bin';
export const EVENTS_FILE_VERSION = 1;
const MAGIC = 0x56454141; // "AAEV" read as a little-endian u32

/** Whether these bytes are gzip's (its two magic bytes): the events file as the build stores it. */
export function isGzipped(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export const COLUMNS = [
  ['strings', 'utf8'],
  ['start', 'i32'], // first possible day (days since 1970-01-01)
  ['end', 'i32'], // last possible day
  ['lon', 'f64'], // a point's coordinates; NaN for an event at a site or in an area
  ['lat', 'f64'],
  ['id', 'u32'],
  ['title', 'u32'],
  ['date', 'u32'], // as written: YYYY, YYYY-MM, YYYY-MM-DD, or from/to for a range
  ['reported', 'u32'], // string number + 1; 0: not given
  ['kind', 'u8'], // index in EVENT_KINDS
  ['place', 'u8'], // 0 a point, 1 a site, 2 an area
  ['placeRef', 'u32'], // the point's name, the site's id or the area's id
  ['country', 'u32'], // a point's country code
  ['precision', 'u8'], // a point's location precision (index in LOCATION_PRECISIONS); + 128 when it names sources
  ['locationSourcesAt', 'u32'],
  ['locationSources', 'u32'],
  ['actorsAt', 'u32'],
  ['actors', 'u32'],
  ['sourcesAt', 'u32'],
  ['sources', 'u32'],
  ['passagesAt', 'u32'],
  ['passages', 'u32'],
] as const;
type ColumnName = (typeof COLUMNS)[number][0];
const HEADER = 16 + COLUMNS.length * 8;

const SEP = '\u0000';
const rangeText = (date: MapEvent['date']): string => (typeof date === 'string' ? date : `${date.from}/${date.to}`);

/** The events in file form. Throws on what the schema lets through but the layout cannot hold (a NUL in a text). */
export function encodeEvents(all: readonly MapEvent[]): Uint8Array {
  const rows = all.flatMap((e) => {
    const span = parseDateOrRange(e.date);
    if (!span) throw new Error(`event ${e.id}: its date cannot be read`);
    return [{ e, span }];
  });
  rows.sort((a, b) => a.span.start - b.span.start || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  const n = rows.length;
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const str = (s: string): number => {
    if (s.includes(SEP)) throw new Error(`a text holds U+0000, which the events file cannot store: ${JSON.stringify(s.slice(0, 40))}`);
    let i = numbers.get(s);
    if (i === undefined) numbers.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const cols = {
    start: new Int32Array(n), end: new Int32Array(n), lon: new Float64Array(n).fill(NaN), lat: new Float64Array(n).fill(NaN),
    id: new Uint32Array(n), title: new Uint32Array(n), date: new Uint32Array(n), reported: new Uint32Array(n),
    kind: new Uint8Array(n), place: new Uint8Array(n), placeRef: new Uint32Array(n), country: new Uint32Array(n), precision: new Uint8Array(n),
  };
  const lists = { locationSources: [[0], []], actors: [[0], []], sources: [[0], []], passages: [[0], []] } as Record<'locationSources' | 'actors' | 'sources' | 'passages', [number[], number[]]>;
  const addList = (name: keyof typeof lists, values: readonly string[]) => {
    const [at, list] = lists[name];
    for (const v of values) list.push(str(v));
    at.push(list.length);
  };
  rows.forEach(({ e, span }, i) => {
    cols.start[i] = span.start;
    cols.end[i] = span.end;
    cols.id[i] = str(e.id);
    cols.title[i] = str(e.title);
    cols.date[i] = str(rangeText(e.date));
    cols.reported[i] = e.reported === undefined ? 0 : str(e.reported) + 1;
    cols.kind[i] = EVENT_KINDS.indexOf(e.kind);
    const p = e.place;
    if ('coordinates' in p) {
      [cols.lon[i], cols.lat[i]] = p.coordinates;
      cols.placeRef[i] = str(p.name);
      cols.country[i] = str(p.country);
      cols.precision[i] = LOCATION_PRECISIONS.indexOf(p.location.precision) + (p.location.sources ? 128 : 0);
    } else {
      cols.place[i] = 'site' in p ? 1 : 2;
      cols.placeRef[i] = str('site' in p ? p.site : p.area);
    }
    addList('locationSources', 'coordinates' in p ? (p.location.sources ?? []) : []);
    addList('actors', e.actors);
    addList('sources', e.sources);
    addList('passages', e.passages);
  });
  const bytes: Record<ColumnName, Uint8Array> = {
    strings: new TextEncoder().encode(strings.join(SEP)),
    ...(Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, new Uint8Array(v.buffer)])) as Record<keyof typeof cols, Uint8Array>),
    ...(Object.fromEntries(
      Object.entries(lists).flatMap(([k, [at, list]]) => [
        [`${k}At`, new Uint8Array(Uint32Array.from(at).buffer)],
        [k, new Uint8Array(Uint32Array.from(list).buffer)],
      ]),
    ) as Record<`${keyof typeof lists}${'' | 'At'}`, Uint8Array>),
  };
  const align = (x: number) => Math.ceil(x / 8) * 8;
  let size = align(HEADER);
  const places = COLUMNS.map(([name]) => {
    const at = size;
    size = align(size + bytes[name].byteLength);
    return at;
  });
  const out = new Uint8Array(size);
  const head = new DataView(out.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, EVENTS_FILE_VERSION, true);
  head.setUint32(8, n, true);
  head.setUint32(12, COLUMNS.length, true);
  COLUMNS.forEach(([name], c) => {
    head.setUint32(16 + c * 8, places[c] ?? 0, true);
    head.setUint32(20 + c * 8, bytes[name].byteLength, true);
    out.set(bytes[name], places[c] ?? 0);
  });
  return out;
}

/** Reads an events file; a file that is not one (wrong magic, version, or sizes) is refused with the reason. */
export function decodeEvents(buffer: ArrayBuffer): { ok: true; rows: EventRows } | { ok: false; reason: string } {
  const head = new DataView(buffer);
  if (buffer.byteLength < HEADER || head.getUint32(0, true) !== MAGIC) return { ok: false, reason: 'it is not an events file' };
  const version = head.getUint32(4, true);
  if (version !== EVENTS_FILE_VERSION) return { ok: false, reason: `its layout is version ${version}, this app reads version ${EVENTS_FILE_VERSION}` };
  const n = head.getUint32(8, true);
  if (head.getUint32(12, true) !== COLUMNS.length) return { ok: false, reason: 'it has the wrong number of columns' };
  const view = {} as Record<ColumnName, Uint8Array | Int32Array | Uint32Array | Float64Array>;
  const width = { utf8: 1, u8: 1, i32: 4, u32: 4, f64: 8 } as const;
  for (const [c, [name, type]] of COLUMNS.entries()) {
    const at = head.getUint32(16 + c * 8, true);
    const length = head.getUint32(20 + c * 8, true);
    const expected = name.endsWith('At') ? n + 1 : type === 'utf8' || COLUMNS.some(([other]) => other === `${name}At`) ? null : n;
    if (at % 8 !== 0 || at + length > buffer.byteLength || length % width[type] !== 0 || (expected !== null && length !== expected * width[type])) {
      return { ok: false, reason: `its column "${name}" is damaged` };
    }
    const count = length / width[type];
    view[name] = type === 'i32' ? new Int32Array(buffer, at, count) : type === 'u32' ? new Uint32Array(buffer, at, count) : type === 'f64' ? new Float64Array(buffer, at, count) : new Uint8Array(buffer, at, count);
  }
  const strings = new StringTable(view.strings as Uint8Array);
  const c = view as Record<ColumnName, ArrayLike<number>>;
  // Numbers that name nothing (a string, a kind, a kind of place) mean damage the schema could not see: refused.
  const limits: [ColumnName, number][] = [['id', strings.count], ['title', strings.count], ['date', strings.count], ['reported', strings.count + 1], ['kind', EVENT_KINDS.length], ['place', 3], ['placeRef', strings.count], ['country', strings.count], ...(['locationSources', 'actors', 'sources', 'passages'] as const).map((l): [ColumnName, number] => [l, strings.count])];
  for (const [name, limit] of limits) {
    const values = c[name];
    for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) >= limit) return { ok: false, reason: `its column "${name}" is damaged (row ${i})` };
  }
  for (const name of ['locationSourcesAt', 'actorsAt', 'sourcesAt', 'passagesAt'] as const) {
    const at = c[name];
    const total = c[name.slice(0, -2) as ColumnName].length;
    for (let i = 0; i < n; i++) if ((at[i] ?? 0) > (at[i + 1] ?? 0) || (at[i + 1] ?? 0) > total) return { ok: false, reason: `its column "${name}" is damaged (row ${i})` };
  }
  for (let i = 0; i < n; i++) if (((c.precision[i] ?? 0) & 127) >= LOCATION_PRECISIONS.length) return { ok: false, reason: `its column "precision" is damaged (row ${i})` };
  // The views of every column but the strings (read through the string table), by name.
  return { ok: true, rows: new EventRows(view as unknown as RowColumns, strings) };
}

/**
 * Events given as objects (content checked in the browser, a content.json written by hand, the tests) made into the
 * same rows as the file's: one table, whatever the content came from. Events whose date cannot be read are left out
 * (the schema reports them).
 */
export function eventRows(all: readonly MapEvent[]): EventRows {
  const read = decodeEvents(encodeEvents(all.filter((e) => parseDateOrRange(e.date) !== null)).buffer as ArrayBuffer);
  if (!read.ok) throw new Error(`the events could not be put in rows: ${read.reason}`);
  return read.rows;
}
