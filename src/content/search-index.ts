import { editDistance } from './suggest';

/**
 * Name search that forgives the ways readers spell the region's places: case, accents, Arabic vowel marks and letter
 * variants (أ/إ/آ → ا, ى → ي, ة → ه), Russian ё, the Latin transliterations kh/h, ey/ei, y/i, doubled letters, and
 * typos (edit distance). Pure and synchronous: the index is a list of names, a few hundred for the real content.
 */
export type SearchKind = 'site' | 'event' | 'analysis' | 'place';

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  label: string;
  names: string[];
  /** Where a basemap place is, for places (which are not selections). */
  at?: [number, number];
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u0655\u0670\u0640]/g, '') // Latin accents, Arabic vowel marks and tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ё/g, 'е')
    .replace(/^(al|el|ال)[- ]/u, '')
    .replace(/kh/g, 'h')
    .replace(/ey|ei/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function scoreName(q: string, name: string): number {
  if (name === q) return 100;
  if (name.startsWith(q)) return 80 - Math.min(20, name.length - q.length);
  if (name.split(' ').some((w) => w.startsWith(q))) return 60;
  if (name.includes(q)) return 45;
  // Typos, allowed in proportion to the query: none below five letters, one up to eight, two beyond, so a short or
  // near name does not pull in unrelated ones ("Tartous" finds Tartus, not Tarsus or Khartoum; "Latakia" not Latvia).
  const allowed = q.length < 5 ? 0 : q.length <= 8 ? 1 : 2;
  if (allowed === 0) return 0;
  // Compare with the word (or the name) nearest in length.
  const words = [name, ...name.split(' ')];
  const best = Math.min(...words.map((w) => editDistance(q, w.slice(0, q.length + 2))));
  return best <= allowed ? 40 - best * 10 : 0;
}

/** Prepares entries once: names are normalised ahead of time. */
export function buildSearchIndex(entries: SearchEntry[]): { entry: SearchEntry; keys: string[] }[] {
  return entries.map((entry) => ({ entry, keys: [...new Set(entry.names.map(normalize).filter(Boolean))] }));
}

const KIND_WEIGHT: Record<SearchKind, number> = { site: 6, analysis: 4, event: 2, place: 0 };

/** The best matches, best first; at most `limit` per kind. */
export function search(index: { entry: SearchEntry; keys: string[] }[], query: string, limit = 5): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const { entry, keys } of index) {
    let best = 0;
    for (const k of keys) best = Math.max(best, scoreName(q, k));
    if (best > 0) hits.push({ entry, score: best + KIND_WEIGHT[entry.kind] });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.label.localeCompare(b.entry.label));
  const perKind = new Map<SearchKind, number>();
  return hits.filter((h) => {
    const n = perKind.get(h.entry.kind) ?? 0;
    perKind.set(h.entry.kind, n + 1);
    return n < limit;
  });
}
