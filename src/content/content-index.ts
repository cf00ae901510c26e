import type { EventRows } from './event-rows';
import { buildEventTable, type EventTable } from './event-table';
import type { Actor } from './schema';
import type { AnalysisHead, MapArea, MapBundle, MapEvent, MapSite, PassageHead } from './texts';

/** Lookups the app needs again and again, built once when the content loads. */
/** content.json with the events file's rows: everything but the reading matter (texts.json, see texts.ts). */
export type AtlasContent = Omit<MapBundle, 'events'> & { events: EventRows };

export interface ContentIndex {
  content: AtlasContent;
  sites: ReadonlyMap<string, MapSite>;
  /** Events by id (through the table's rows: one lookup, not a second map of a million entries). */
  events: Pick<ReadonlyMap<string, MapEvent>, 'get' | 'has'>;
  analyses: ReadonlyMap<string, AnalysisHead>;
  areas: ReadonlyMap<string, MapArea>;
  actors: ReadonlyMap<string, Actor>;
  /** Events in date order (by first possible day), in columns for fast range queries. */
  table: EventTable;
  /** Events that happened at each site, in date order. */
  eventsAtSite: Lookup<readonly MapEvent[]>;
  /** What each passage (`analysis#anchor`) discusses: the sites and events that cite it. */
  passageMentions: Lookup<{ sites: MapSite[]; events: MapEvent[] }>;
}

/** The analysis a passage reference (`analysis#anchor`) belongs to. */
export function analysisOfRef(ref: string): string {
  return ref.split('#')[0] ?? '';
}

/** Whether an item linked to these passages is discussed by one of these analyses (any, when none are given). */
export function inAnalyses(passages: readonly string[], analyses: readonly string[]): boolean {
  return analyses.length === 0 || passages.some((ref) => analyses.includes(analysisOfRef(ref)));
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

type Lookup<T> = Pick<ReadonlyMap<string, T>, 'get'>;

/**
 * Rows grouped by a key, read from the columns when first asked for (a site's panel, a passage's mentions), not at
 * load: at a million events the grouping by passage took 0.4 s. Each group's events are made when it is asked for.
 */
function rowGroups<T>(rows: EventRows, keys: (row: number) => readonly string[], made: (events: MapEvent[], key: string) => T): Lookup<T> {
  let groups: Map<string, number[]> | null = null;
  const done = new Map<string, T>();
  const grouped = (): Map<string, number[]> => {
    groups = new Map();
    for (let i = 0; i < rows.length; i++) {
      for (const key of keys(i)) {
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      }
    }
    return groups;
  };
  return {
    get(key) {
      let value = done.get(key);
      if (value === undefined) {
        const group = (groups ?? grouped()).get(key);
        if (!group) return undefined;
        done.set(key, (value = made(group.map((i) => rows.at(i) as MapEvent), key)));
      }
      return value;
    },
  };
}

/** The index of content whose events are the events file's rows, or objects (the checked path, the tests). */
export function buildIndex(content: AtlasContent | MapBundle): ContentIndex {
  const table = buildEventTable(content.events);
  const rows = table.events;
  const atlas: AtlasContent = { ...content, events: rows };
  const none: readonly string[] = [];
  const eventsAtSite = rowGroups(rows, (i) => {
    const site = rows.site(i);
    return site === null ? none : [site];
  }, (events) => events);
  const sitesOf = new Map<string, MapSite[]>();
  for (const s of content.sites) for (const ref of s.passages) sitesOf.set(ref, [...(sitesOf.get(ref) ?? []), s]);
  const eventMentions = rowGroups(rows, (i) => rows.passages(i), (events, ref) => ({ sites: sitesOf.get(ref) ?? [], events }));
  const sitesOnly = new Map([...sitesOf].map(([ref, sites]) => [ref, { sites, events: [] as MapEvent[] }]));
  const passageMentions: Lookup<{ sites: MapSite[]; events: MapEvent[] }> = { get: (ref) => eventMentions.get(ref) ?? sitesOnly.get(ref) };
  return {
    content: atlas,
    sites: byId(content.sites),
    events: { get: (id) => rows.at(table.rowOf.get(id) ?? -1), has: (id) => table.rowOf.has(id) },
    analyses: byId(content.analyses),
    areas: byId(content.areas),
    actors: byId(content.actors),
    table,
    eventsAtSite,
    passageMentions,
  };
}

export function passageRef(analysisId: string, anchor: string): string {
  return `${analysisId}#${anchor}`;
}

/** Resolves `analysis#anchor` to the analysis and its passage (with its 1-based number). */
export function resolvePassage(index: ContentIndex, ref: string): { analysis: AnalysisHead; passage: PassageHead; number: number } | null {
  const [analysisId = '', anchor = ''] = ref.split('#');
  const analysis = index.analyses.get(analysisId);
  const i = analysis?.passages.findIndex((p) => p.anchor === anchor) ?? -1;
  const passage = analysis?.passages[i];
  return analysis && passage ? { analysis, passage, number: i + 1 } : null;
}

/** The analyses a list of passage references comes from, without repeats. */
export function analysesOf(index: ContentIndex, refs: readonly string[]): AnalysisHead[] {
  const ids = new Set(refs.map(analysisOfRef));
  return [...ids].map((id) => index.analyses.get(id)).filter((a): a is AnalysisHead => a !== undefined);
}
