import type { Analysis, Area, ArticleEvent, ContentBundle, EventPlace, Location, Passage, Site, Source, StatusPeriod } from './schema';

// splitBundle and joinBundle, which make and read the two files, are in bundle-split.ts (the build and the
// validator's chunk use them; the page does not).

/**
 * The compiled content comes in two files. content.json holds what the map, the timeline, the lists and search need
 * (every item, with its dates, places, names and references); texts.json holds the reading matter only a panel
 * shows: the sources' details, each analysis's summary and passage texts, and the prose of the sites, events and
 * areas (status notes, disagreements, location notes, summaries, descriptions). The first view needs only the
 * first; the second is fetched in the background afterwards, or when a panel needs it. Both are checked by the build
 * against the one schema (schema.ts), as a whole, before they are split.
 */

/** texts.json sits beside content.json. */
export const TEXTS_FILE = 'texts.json';

export type PassageHead = Omit<Passage, 'text'>;
/** An analysis without its reading matter: what it is, who published it when, and its passages' titles. */
export type AnalysisHead = Omit<Analysis, 'summary' | 'passages' | 'publishedNote'> & { passages: PassageHead[] };
export type MapLocation = Omit<Location, 'note'>;
export type MapStatusPeriod = Omit<StatusPeriod, 'note' | 'disagreement'>;
/** A site as the map knows it: no prose. */
export type MapSite = Omit<Site, 'status' | 'location'> & { status: MapStatusPeriod[]; location: MapLocation };
type PointPlace = Extract<EventPlace, { coordinates: unknown }>;
export type MapEventPlace = Exclude<EventPlace, PointPlace> | (Omit<PointPlace, 'location'> & { location: MapLocation });
/** An event as the map knows it: no summary, disagreements or location note. */
export type MapEvent = Omit<ArticleEvent, 'summary' | 'disagreements' | 'place'> & { place: MapEventPlace };
export type MapArea = Omit<Area, 'description'>;

/** content.json */
export type MapBundle = Omit<ContentBundle, 'sources' | 'analyses' | 'sites' | 'events' | 'areas'> & {
  analyses: AnalysisHead[];
  sites: MapSite[];
  events: MapEvent[];
  areas: MapArea[];
};

/** texts.json */
export interface Texts {
  sources: Source[];
  analyses: Record<string, { summary: string; passages: Record<string, string>; publishedNote?: string }>;
  sites: Record<string, { location?: string; status: Pick<StatusPeriod, 'note' | 'disagreement'>[] }>;
  events: Record<string, Pick<ArticleEvent, 'summary' | 'disagreements'> & { location?: string }>;
  areas: Record<string, string>;
}

/** The reading matter, looked up by id: each item whole (its head from content.json with its prose). */
export interface TextIndex {
  sources: ReadonlyMap<string, Source>;
  analyses: ReadonlyMap<string, Analysis>;
  sites: ReadonlyMap<string, Site>;
  /** Made whole when asked for: an archive may hold a million events, and a panel shows one. */
  events: Pick<ReadonlyMap<string, ArticleEvent>, 'get'>;
}

/** `events`: the content index's events by id (the page has one lookup; this makes no second). */
export function buildTextIndex(map: Pick<MapBundle, 'analyses' | 'sites'>, events: Pick<ReadonlyMap<string, MapEvent>, 'get'>, texts: Texts): TextIndex {
  const analyses = new Map<string, Analysis>();
  for (const head of map.analyses) {
    const text = texts.analyses[head.id];
    if (!text) continue;
    const note = text.publishedNote === undefined ? {} : { publishedNote: text.publishedNote };
    analyses.set(head.id, { ...head, ...note, summary: text.summary, passages: head.passages.map((p) => ({ ...p, text: text.passages[p.anchor] ?? '' })) });
  }
  const whole = {
    get: (id: string): ArticleEvent | undefined => {
      const event = events.get(id);
      return event && withEventProse(event, texts);
    },
  };
  return { sources: new Map(texts.sources.map((s) => [s.id, s])), analyses, sites: new Map(map.sites.map((s) => [s.id, withSiteProse(s, texts)])), events: whole };
}

/** A site whole; without its prose in `texts` (none, or a texts file that failed), its notes are empty. */
export function withSiteProse(site: MapSite, texts: Pick<Texts, 'sites'> | null): Site {
  const prose = texts?.sites[site.id];
  const location = prose?.location === undefined ? site.location : { ...site.location, note: prose.location };
  return { ...site, location, status: site.status.map((p, i) => ({ ...p, note: '', ...prose?.status[i] })) };
}

/** An event whole; without its prose, its summary is empty. */
export function withEventProse(event: MapEvent, texts: Pick<Texts, 'events'> | null): ArticleEvent {
  const prose = texts?.events[event.id];
  const { place } = event;
  const location = prose?.location;
  const full: EventPlace = 'coordinates' in place ? { ...place, location: location === undefined ? place.location : { ...place.location, note: location } } : place;
  return { ...event, summary: prose?.summary ?? '', ...(prose?.disagreements ? { disagreements: prose.disagreements } : {}), place: full };
}
