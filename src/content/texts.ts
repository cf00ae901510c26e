import type { Analysis, ContentBundle, Passage, Source } from './schema';

/**
 * The compiled content comes in two files. content.json holds what the map, the timeline, the lists and search need
 * (every item, with its dates, places, names and references); texts.json holds the reading matter only a panel
 * shows: the sources' details and each analysis's summary and passage texts. The first view needs only the first;
 * the second is fetched in the background afterwards, or when a panel needs it. Both are checked by the build
 * against the one schema (schema.ts), as a whole, before they are split.
 */

/** texts.json sits beside content.json. */
export const TEXTS_FILE = 'texts.json';

export type PassageHead = Omit<Passage, 'text'>;
/** An analysis without its reading matter: what it is, who published it when, and its passages' titles. */
export type AnalysisHead = Omit<Analysis, 'summary' | 'passages'> & { passages: PassageHead[] };

/** content.json */
export type MapBundle = Omit<ContentBundle, 'sources' | 'analyses'> & { analyses: AnalysisHead[] };

/** texts.json */
export interface Texts {
  sources: Source[];
  analyses: Record<string, { summary: string; passages: Record<string, string> }>;
}

export function splitBundle(content: ContentBundle): { map: MapBundle; texts: Texts } {
  const texts: Texts = { sources: content.sources, analyses: {} };
  const analyses = content.analyses.map(({ summary, passages, ...head }) => {
    texts.analyses[head.id] = { summary, passages: Object.fromEntries(passages.map((p) => [p.anchor, p.text])) };
    return { ...head, passages: passages.map(({ anchor, title }) => ({ anchor, title })) };
  });
  return { map: { atlas: content.atlas, analyses, sites: content.sites, events: content.events, areas: content.areas, actors: content.actors }, texts };
}

/**
 * The two files together, in the shape the schema checks (for files the build did not produce). Anything
 * missing from texts.json is left missing, so the check names it.
 */
export function joinBundle(map: unknown, texts: unknown): unknown {
  if (map === null || typeof map !== 'object' || texts === null || typeof texts !== 'object') return map;
  const t = texts as Partial<Texts>;
  const m = map as { analyses?: unknown };
  const analyses = Array.isArray(m.analyses)
    ? m.analyses.map((a: unknown) => {
        if (a === null || typeof a !== 'object') return a;
        const head = a as { id?: unknown; passages?: unknown };
        const text = typeof head.id === 'string' ? t.analyses?.[head.id] : undefined;
        const passages = Array.isArray(head.passages)
          ? head.passages.map((p: unknown) => (p !== null && typeof p === 'object' && 'anchor' in p ? { ...p, text: text?.passages[String(p.anchor)] } : p))
          : head.passages;
        return { ...head, summary: text?.summary, passages };
      })
    : m.analyses;
  return { ...map, analyses, sources: t.sources };
}

/** The reading matter, looked up by id. */
export interface TextIndex {
  sources: ReadonlyMap<string, Source>;
  /** Each analysis whole: its head from content.json with its summary and passage texts. */
  analyses: ReadonlyMap<string, Analysis>;
}

export function buildTextIndex(map: Pick<MapBundle, 'analyses'>, texts: Texts): TextIndex {
  const analyses = new Map<string, Analysis>();
  for (const head of map.analyses) {
    const text = texts.analyses[head.id];
    if (!text) continue;
    analyses.set(head.id, { ...head, summary: text.summary, passages: head.passages.map((p) => ({ ...p, text: text.passages[p.anchor] ?? '' })) });
  }
  return { sources: new Map(texts.sources.map((s) => [s.id, s])), analyses };
}
