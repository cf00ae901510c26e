import type { ContentBundle, Location } from './schema';
import type { MapArea, MapBundle, MapEvent, MapLocation, MapSite, Texts } from './texts';

/**
 * Splits the checked content into content.json and texts.json (texts.ts says what goes where), and joins two such
 * files back into the shape the schema checks. Used by the content build and, in the browser, only with the
 * validator (for files the build did not produce), so it stays out of the first view's script.
 */
const withoutLocationNote = ({ note, ...location }: Location): MapLocation => {
  void note;
  return location;
};

export function splitBundle(content: ContentBundle): { map: MapBundle; texts: Texts } {
  const texts: Texts = { sources: content.sources, analyses: {}, sites: {}, events: {}, areas: {} };
  const analyses = content.analyses.map(({ summary, passages, publishedNote, ...head }) => {
    texts.analyses[head.id] = { summary, passages: Object.fromEntries(passages.map((p) => [p.anchor, p.text])), ...(publishedNote === undefined ? {} : { publishedNote }) };
    return { ...head, passages: passages.map((p) => ({ anchor: p.anchor, title: p.title, ...(p.date === undefined ? {} : { date: p.date }), ...(p.view === undefined ? {} : { view: p.view }) })) };
  });
  const sites = content.sites.map((site): MapSite => {
    texts.sites[site.id] = { ...(site.location.note === undefined ? {} : { location: site.location.note }), status: site.status.map(({ note, disagreement }) => (disagreement === undefined ? { note } : { note, disagreement })) };
    return { ...site, location: withoutLocationNote(site.location), status: site.status.map(({ note, disagreement, ...period }) => (void note, void disagreement, period)) };
  });
  const events = content.events.map(({ summary, disagreements, place, ...event }): MapEvent => {
    const note = 'coordinates' in place ? place.location.note : undefined;
    texts.events[event.id] = { summary, ...(disagreements === undefined ? {} : { disagreements }), ...(note === undefined ? {} : { location: note }) };
    return { ...event, place: 'coordinates' in place ? { ...place, location: withoutLocationNote(place.location) } : place };
  });
  const areas = content.areas.map(({ description, ...area }): MapArea => {
    texts.areas[area.id] = description;
    return area;
  });
  return { map: { atlas: content.atlas, analyses, sites, events, areas, actors: content.actors }, texts };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

/**
 * The two files together, in the shape the schema checks (for files the build did not produce). Anything missing
 * from texts.json is left missing, so the check names it.
 */
export function joinBundle(map: unknown, texts: unknown): unknown {
  if (!isObject(map) || !isObject(texts)) return map;
  const t = texts as Partial<Record<keyof Texts, unknown>>;
  const prose = (kind: 'analyses' | 'sites' | 'events' | 'areas', id: unknown): unknown => (isObject(t[kind]) && typeof id === 'string' ? (t[kind] as Record<string, unknown>)[id] : undefined);
  const each = (items: unknown, join: (item: Record<string, unknown>) => unknown) => list(items)?.map((i) => (isObject(i) ? join(i) : i)) ?? items;
  const withNote = (location: unknown, note: unknown) => (isObject(location) && note !== undefined ? { ...location, note } : location);
  /** Only the prose keys of texts.json join an item: nothing there can replace a title, a date or a place. */
  const only = (x: unknown, keys: readonly string[]) => (isObject(x) ? Object.fromEntries(keys.filter((k) => x[k] !== undefined).map((k) => [k, x[k]])) : {});
  return {
    ...map,
    sources: t.sources,
    analyses: each(map.analyses, (a) => {
      const text = prose('analyses', a.id);
      const x = isObject(text) ? text : {};
      const passages = each(a.passages, (p) => ({ ...p, text: isObject(x.passages) ? x.passages[String(p.anchor)] : undefined }));
      return { ...a, summary: x.summary, passages, ...(x.publishedNote === undefined ? {} : { publishedNote: x.publishedNote }) };
    }),
    sites: each(map.sites, (s) => {
      const x = prose('sites', s.id);
      const status = isObject(x) ? list(x.status) : null;
      const periods = list(s.status)?.map((p, i) => (isObject(p) ? { ...p, ...only(status?.[i], ['note', 'disagreement']) } : p)) ?? s.status;
      return { ...s, location: withNote(s.location, isObject(x) ? x.location : undefined), status: periods };
    }),
    events: each(map.events, (e) => {
      const x = prose('events', e.id);
      const location = isObject(x) ? x.location : undefined;
      const place = isObject(e.place) && 'coordinates' in e.place ? { ...e.place, location: withNote(e.place.location, location) } : e.place;
      return { ...e, ...only(x, ['summary', 'disagreements']), place };
    }),
    areas: each(map.areas, (a) => {
      const description = prose('areas', a.id);
      return description === undefined ? a : { ...a, description };
    }),
  };
}

