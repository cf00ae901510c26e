import { buildEventTable, type EventTable } from './event-table';
import type { Actor } from './schema';
import type { AnalysisHead, MapArea, MapBundle, MapEvent, MapSite, PassageHead } from './texts';

/** Lookups the app needs again and again, built once when the content loads. */
export interface ContentIndex {
  /** content.json: everything but the reading matter (texts.json, see texts.ts). */
  content: MapBundle;
  sites: ReadonlyMap<string, MapSite>;
  /** Events by id (through the table's rows: one lookup, not a second map of a million entries). */
  events: Pick<ReadonlyMap<string, MapEvent>, 'get' | 'has'>;
  analyses: ReadonlyMap<string, AnalysisHead>;
  areas: ReadonlyMap<string, MapArea>;
  actors: ReadonlyMap<string, Actor>;
  /** Events in date order (by first possible day), in columns for fast range queries. */
  table: EventTable;
  /** Events that happened at each site, in date order. */
  eventsAtSite: ReadonlyMap<string, readonly MapEvent[]>;
  /** What each passage (`analysis#anchor`) discusses: the sites and events that cite it. */
  passageMentions: ReadonlyMap<string, { sites: MapSite[]; events: MapEvent[] }>;
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

/** `days`: the events file's day columns, when content.events are its rows as they are (see buildEventTable). */
export function buildIndex(content: MapBundle, days?: Parameters<typeof buildEventTable>[1]): ContentIndex {
  const table = buildEventTable(content.events, days);
  const eventsAtSite = new Map<string, MapEvent[]>();
  for (const e of table.events) {
    if ('site' in e.place) {
      const list = eventsAtSite.get(e.place.site) ?? [];
      list.push(e);
      eventsAtSite.set(e.place.site, list);
    }
  }
  const passageMentions = new Map<string, { sites: MapSite[]; events: MapEvent[] }>();
  const mention = (ref: string) => {
    let m = passageMentions.get(ref);
    if (!m) passageMentions.set(ref, (m = { sites: [], events: [] }));
    return m;
  };
  for (const s of content.sites) for (const ref of s.passages) mention(ref).sites.push(s);
  for (const e of table.events) for (const ref of e.passages) mention(ref).events.push(e);
  return {
    content,
    sites: byId(content.sites),
    events: { get: (id) => table.events[table.rowOf.get(id) ?? -1], has: (id) => table.rowOf.has(id) },
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
