import type { MapEvent, MapLocation } from './texts';
import { EVENT_KINDS, LOCATION_PRECISIONS } from './vocabulary';

/**
 * The events file's strings (UTF-8, separated by U+0000), each decoded when first asked for. At a million events
 * the file holds two million strings (each id and title); the first view reads almost none of them.
 */
export class StringTable {
  readonly count: number;
  /** Where string k starts; `starts[k + 1] - 1` is where it ends. */
  private readonly starts: Uint32Array;
  private readonly cache: (string | undefined)[];
  private readonly decoder = new TextDecoder();

  constructor(private readonly bytes: Uint8Array) {
    let count = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) count++;
    const starts = new Uint32Array(count + 1);
    let k = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) starts[k++] = i + 1;
    starts[count] = bytes.length + 1;
    this.count = count;
    this.starts = starts;
    this.cache = new Array<string | undefined>(count);
  }

  get(k: number): string {
    let s = this.cache[k];
    if (s === undefined) {
      const from = this.starts[k] ?? 0;
      const to = (this.starts[k + 1] ?? from + 1) - 1;
      s = to > from ? this.decoder.decode(this.bytes.subarray(from, to)) : '';
      this.cache[k] = s;
    }
    return s;
  }
}

/** The file's columns as typed-array views (events-file.ts checks them before they get here). */
export interface RowColumns {
  start: Int32Array;
  end: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  id: Uint32Array;
  title: Uint32Array;
  date: Uint32Array;
  reported: Uint32Array;
  kind: Uint8Array;
  place: Uint8Array;
  placeRef: Uint32Array;
  country: Uint32Array;
  precision: Uint8Array;
  locationSourcesAt: Uint32Array;
  locationSources: Uint32Array;
  actorsAt: Uint32Array;
  actors: Uint32Array;
  sourcesAt: Uint32Array;
  sources: Uint32Array;
  passagesAt: Uint32Array;
  passages: Uint32Array;
}

type ListName = 'locationSources' | 'actors' | 'sources' | 'passages';
const PLACES = ['point', 'site', 'area'] as const;

/**
 * The events, one row each in the event table's order, read from the file's columns: a row's event (MapEvent) is
 * made when first asked for and then kept, so the same row is always the same object. What the map needs of every
 * row at once (days, kinds, places, references) is read from the columns without making any event: at a million
 * events, making them all took most of the opening's time.
 */
export class EventRows implements Iterable<MapEvent> {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** A point's coordinates; NaN for an event at a site or in an area. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  private readonly made: (MapEvent | undefined)[];
  // Lists of none or one are shared between rows (frozen, so no one can change one row's list through another).
  private readonly none = Object.freeze([]) as unknown as string[];
  private readonly ones = new Map<number, string[]>();
  // A location without sources is one of a few, shared (frozen) like the short lists.
  private readonly bare = LOCATION_PRECISIONS.map((precision) => Object.freeze({ precision }) as MapLocation);

  constructor(
    private readonly c: RowColumns,
    private readonly strings: StringTable,
  ) {
    this.length = c.start.length;
    this.start = c.start;
    this.end = c.end;
    this.lon = c.lon;
    this.lat = c.lat;
    this.made = new Array<MapEvent | undefined>(this.length);
  }

  id(row: number): string {
    return this.strings.get(this.c.id[row] ?? 0);
  }

  title(row: number): string {
    return this.strings.get(this.c.title[row] ?? 0);
  }

  kind(row: number): MapEvent['kind'] {
    return EVENT_KINDS[this.c.kind[row] ?? 0] ?? 'diplomacy';
  }

  /** The site an event happened at, or null. */
  site(row: number): string | null {
    return this.c.place[row] === 1 ? this.strings.get(this.c.placeRef[row] ?? 0) : null;
  }

  /** The area an event happened in, or null. */
  area(row: number): string | null {
    return this.c.place[row] === 2 ? this.strings.get(this.c.placeRef[row] ?? 0) : null;
  }

  actors(row: number): string[] {
    return this.list('actors', row);
  }

  passages(row: number): string[] {
    return this.list('passages', row);
  }

  /** The row's event. */
  at(row: number): MapEvent | undefined {
    if (!(row >= 0 && row < this.length)) return undefined;
    return (this.made[row] ??= this.make(row));
  }

  *[Symbol.iterator](): Iterator<MapEvent> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as MapEvent;
  }

  /** Every row's event, in order (for the build and the tests; the page asks row by row). */
  toArray(): MapEvent[] {
    return Array.from(this);
  }

  place(row: number): MapEvent['place'] {
    const c = this.c;
    const place = PLACES[c.place[row] ?? 0] ?? 'point';
    if (place === 'site') return { site: this.strings.get(c.placeRef[row] ?? 0) };
    if (place === 'area') return { area: this.strings.get(c.placeRef[row] ?? 0) };
    const precision = c.precision[row] ?? 0;
    const location: MapLocation =
      precision & 128 ? { precision: LOCATION_PRECISIONS[precision & 127] ?? 'estimate', sources: this.list('locationSources', row) } : (this.bare[precision] ?? { precision: 'estimate' });
    return { coordinates: [c.lon[row] ?? NaN, c.lat[row] ?? NaN], name: this.strings.get(c.placeRef[row] ?? 0), country: this.strings.get(c.country[row] ?? 0), location };
  }

  private list(name: ListName, row: number): string[] {
    const at = this.c[`${name}At`];
    const values = this.c[name];
    const from = at[row] ?? 0;
    const end = at[row + 1] ?? 0;
    if (end === from) return this.none;
    if (end === from + 1) {
      const only = values[from] ?? 0;
      let shared = this.ones.get(only);
      if (!shared) this.ones.set(only, (shared = Object.freeze([this.strings.get(only)]) as unknown as string[]));
      return shared;
    }
    const out: string[] = [];
    for (let k = from; k < end; k++) out.push(this.strings.get(values[k] ?? 0));
    return out;
  }

  private make(row: number): MapEvent {
    const c = this.c;
    const date = this.strings.get(c.date[row] ?? 0);
    const slash = date.indexOf('/');
    const reported = c.reported[row] ?? 0;
    const event: MapEvent = {
      id: this.id(row),
      title: this.title(row),
      date: slash < 0 ? date : { from: date.slice(0, slash), to: date.slice(slash + 1) },
      kind: this.kind(row),
      place: this.place(row),
      actors: this.list('actors', row),
      sources: this.list('sources', row),
      passages: this.list('passages', row),
    };
    // Set only when given, so the schema and the export see the same objects as from JSON.
    if (reported !== 0) event.reported = this.strings.get(reported - 1);
    return event;
  }
}
