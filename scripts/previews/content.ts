import { readCompiledContent } from '../compiled-content.ts';
import type { Position } from 'geojson';
import type { Analysis as FullAnalysis, Area as FullArea, ArticleEvent, Atlas, SiteStatus } from '../../src/content/schema';
import { statusOnDate } from '../../src/content/status-on-date';
import type { MapSite } from '../../src/content/texts';
import { formatDateOrRange, parsePartialDate, formatSpan, type DateOrRange } from '../../src/content/dates';
import { en } from '../../src/i18n/en';

/**
 * What the cards say, taken from the compiled content (public/content: content.json and events.bin), which the build has checked
 * against the schema. The types pick only the fields a card uses, so they hold for the full schema and for the
 * lighter shape content.json ships (the prose lives in texts.json, which the cards do not need).
 */
export type Site = Pick<MapSite, 'id' | 'kind' | 'names' | 'coordinates' | 'passages' | 'status'>;
export type Area = Pick<FullArea, 'id' | 'names' | 'polygon'>;
export type Analysis = Pick<FullAnalysis, 'id' | 'title' | 'publisher' | 'published' | 'view'>;
export type AtlasEvent = Pick<ArticleEvent, 'id' | 'title' | 'date' | 'kind' | 'passages'> & {
  place: { site: string } | { area: string } | { coordinates: [number, number]; name: string };
};

export interface AtlasContent {
  atlas: Pick<Atlas, 'title' | 'introduction' | 'home'>;
  analyses: Analysis[];
  sites: Site[];
  events: AtlasEvent[];
  areas: Area[];
}

export function readCardContent(contentDir: string): AtlasContent {
  const bundle: AtlasContent = readCompiledContent(contentDir);
  return { atlas: bundle.atlas, analyses: bundle.analyses, sites: bundle.sites, events: bundle.events, areas: bundle.areas };
}

/** A site's status on a day (a UTC day number), by the app's own rule (src/content/status-on-date.ts). */
export function statusOn(site: Pick<Site, 'status'>, day: number): SiteStatus | null {
  return statusOnDate(site, day)?.period.status ?? null;
}

/** A date as content writes it, in English with its own precision: "15 October 2025", "April 2019", "1977". */
export function formatDate(value: DateOrRange | number): string {
  return formatDateOrRange(typeof value === 'number' ? String(value) : value, 'en-GB');
}

export interface CurrentStatus {
  status: SiteStatus;
  label: string;
  /** "since 20 January 2025", or the period's span when it has ended. */
  since: string;
}

/** A site's current status: its last period's. Null for a place with no status history (a seat of government). */
export function currentStatus(site: Site): CurrentStatus | null {
  const last = site.status[site.status.length - 1];
  if (!last) return null;
  const from = parsePartialDate(String(last.from));
  const fromText = from ? formatSpan(from, 'en-GB') : String(last.from);
  const since = last.to === undefined ? `since ${fromText}` : `${fromText} – ${formatDate(String(last.to))}`;
  return { status: last.status, label: en[`status.${last.status}`], since };
}

export const siteKindLabel = (site: Site): string => en[`siteKind.${site.kind}`];
export const eventKindLabel = (event: AtlasEvent): string => en[`eventKind.${event.kind}`];

export interface EventPlace {
  name: string;
  point: Position;
  site: Site | null;
  area: Area | null;
}

/** Where an event happened: its site, its area (marked at the middle of its outline) or its own point. */
export function eventPlace(content: AtlasContent, event: AtlasEvent): EventPlace | null {
  const place = event.place;
  if ('site' in place) {
    const site = content.sites.find((s) => s.id === place.site);
    return site ? { name: site.names.en, point: site.coordinates, site, area: null } : null;
  }
  if ('area' in place) {
    const area = content.areas.find((a) => a.id === place.area);
    if (!area) return null;
    const [w, s, e, n] = boundsOf(area.polygon.flat());
    return { name: area.names.en, point: [(w + e) / 2, (s + n) / 2], site: null, area };
  }
  return { name: place.name, point: place.coordinates, site: null, area: null };
}

/** [west, south, east, north] of a list of points. */
export function boundsOf(points: readonly Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of points) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [w, s, e, n];
}

const discusses = (passages: readonly string[], analysis: Analysis) => passages.some((p) => p.startsWith(`${analysis.id}#`));

/** The sites and events an analysis discusses (they link to one of its passages). */
export function analysisItems(content: AtlasContent, analysis: Analysis): { sites: Site[]; events: AtlasEvent[] } {
  return {
    sites: content.sites.filter((s) => discusses(s.passages, analysis)),
    events: content.events.filter((e) => discusses(e.passages, analysis)),
  };
}

export function eventsAt(content: AtlasContent, site: Site): AtlasEvent[] {
  return content.events.filter((e) => 'site' in e.place && e.place.site === site.id);
}

/** "1 event", "5 events". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
