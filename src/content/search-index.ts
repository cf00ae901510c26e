
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
    .replace(/(\p{L})\1+/gu, '$1') // doubled letters (not digits: 1990 is not 190)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well a name matches; 0 for not at all. Below `floor` the answer does not matter (typos, at most 40, are skipped). */
function scoreName(q: string, name: string, floor = 0): number {
  if (name === q) return 100;
  if (name.startsWith(q)) return 80 - Math.min(20, name.length - q.length);
  if (name.split(' ').some((w) => w.startsWith(q))) return 60;
  // Inside a word, only from three letters: one or two letters occur in nearly every name.
  if (q.length >= 3 && name.includes(q)) return 45;
  // Typos, allowed in proportion to the query: none below five letters, one up to eight, two beyond, so a short or
  // near name does not pull in unrelated ones ("Tartous" finds Tartus, not Tarsus or Khartoum; "Latakia" not Latvia).
  const allowed = typoAllowance(q);
  if (allowed === 0 || floor >= 40) return 0;
  // Compare with the name and each of its words, cut to two letters longer than the query.
  let best = boundedDistance(q, name.slice(0, q.length + 2), allowed);
  for (const w of name.split(' ')) if (best > 0) best = Math.min(best, boundedDistance(q, w.slice(0, q.length + 2), allowed));
  return best <= allowed ? 40 - best * 10 : 0;
}

/**
 * The edit distance between two strings if it is at most `max`, else max + 1: only the diagonal band of the table
 * is filled, and the work stops as soon as every cell of a row exceeds `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let prev = new Array<number>(b.length + 1);
  let row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    row[0] = i <= max ? i : over;
    if (from > 1) row[from - 1] = over;
    let least = row[0] ?? over;
    for (let j = from; j <= to; j++) {
      const v = Math.min((prev[j] ?? over) + 1, (row[j - 1] ?? over) + 1, (prev[j - 1] ?? over) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = Math.min(v, over);
      if (v < least) least = v;
    }
    if (to < b.length) row[to + 1] = over;
    if (least > max) return over;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length] ?? over, over);
}

/** Typos a query may contain: none below five letters, one up to eight, two beyond. */
function typoAllowance(q: string): number {
  return q.length < 5 ? 0 : q.length <= 8 ? 1 : 2;
}

/** The letter pairs of a word, each with how often it occurs (for finding words within typo reach: see candidates). */
function bigrams(word: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < word.length; i++) {
    const p = word.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** Normalises a name once, however often it recurs (every event at a site repeats the site's names). */
function normalizer(): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let n = seen.get(name);
    if (n === undefined) {
      n = normalize(name);
      seen.set(name, n);
    }
    return n;
  };
}

/**
 * The index: every entry's names normalised once, and three ways to the few entries a query can match, so a keystroke
 * costs the matches, not the archive (figures: docs/scale.md). The distinct words, sorted, find the names with a
 * word starting with the query by binary search; every name in one string finds those that merely contain it with
 * the engine's own substring search; the words' letter pairs find the words within typo reach (a word within k edits
 * of the query shares all but 2k of its letter pairs). Every candidate is then scored by `scoreName`, as a scan of all
 * names would score it (the unit test checks both agree).
 */
export interface SearchIndex {
  entries: readonly SearchEntry[];
  keys: readonly (readonly string[])[];
  /** The distinct words of all names, sorted, each with the entries it occurs in. */
  words: readonly string[];
  postings: readonly (readonly number[])[];
  /** For each letter pair, the words (by their place in `words`) that contain it. */
  pairs: ReadonlyMap<string, readonly number[]>;
  joined: string;
  /** Where each name starts in `joined`, and its entry. */
  keyStart: Int32Array;
  keyEntry: Int32Array;
}

const SEPARATOR = '\u0001';

/** Prepares entries once: names are normalised and indexed ahead of time. */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const norm = normalizer();
  const keys = entries.map((entry) => [...new Set(entry.names.map(norm).filter(Boolean))]);
  const byWord = new Map<string, number[]>();
  const starts: number[] = [];
  const owners: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  keys.forEach((list, e) => {
    for (const key of list) {
      starts.push(offset);
      owners.push(e);
      parts.push(key);
      offset += key.length + 1;
      for (const w of key.split(' ')) {
        const postings = byWord.get(w);
        if (!postings) byWord.set(w, [e]);
        else if (postings[postings.length - 1] !== e) postings.push(e);
      }
    }
  });
  const words = [...byWord.keys()].sort();
  const pairs = new Map<string, number[]>();
  // A word is listed under a pair as often as the pair occurs in it.
  words.forEach((w, i) => {
    for (const [p, times] of bigrams(w)) {
      let list = pairs.get(p);
      if (!list) pairs.set(p, (list = []));
      for (let t = 0; t < times; t++) list.push(i);
    }
  });
  return {
    entries,
    keys,
    words,
    postings: words.map((w) => byWord.get(w) ?? []),
    pairs,
    joined: parts.join(SEPARATOR),
    keyStart: Int32Array.from(starts),
    keyEntry: Int32Array.from(owners),
  };
}

function lowerBound(sorted: readonly string[], q: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries a query can match: by a word starting with it, a name containing it, or a word within typo reach. */
function candidates(index: SearchIndex, q: string): Set<number> {
  const found = new Set<number>();
  const add = (w: number) => {
    for (const e of index.postings[w] ?? []) found.add(e);
  };
  // A name that starts with the query, or has a word that does, has a word starting with the query's first word.
  const first = q.split(' ')[0] ?? q;
  for (let i = lowerBound(index.words, first); i < index.words.length && (index.words[i] ?? '').startsWith(first); i++) add(i);
  for (let at = q.length >= 3 ? index.joined.indexOf(q) : -1; at >= 0; at = index.joined.indexOf(q, at + 1)) {
    // The name this occurrence is in: the last one starting at or before it.
    let lo = 0;
    let hi = index.keyStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((index.keyStart[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    found.add(index.keyEntry[lo] ?? 0);
    // One occurrence per name is enough: go on from the next name.
    at = Math.max(at, (index.keyStart[lo + 1] ?? index.joined.length) - 1);
  }
  const allowed = typoAllowance(q);
  if (allowed > 0) {
    // scoreName compares the query with a name and with each of its words (up to two letters longer than the query):
    // within k edits they share at least (letter pairs of the query) - 2k pairs, so only words that do are compared.
    // A name compared whole with a query of several words starts with a word within reach of the query's first.
    for (const part of first === q ? [q] : [q, first]) {
      // Each edit breaks at most two of the query's letter pairs (counted with repeats).
      const need = part.length - 1 - 2 * allowed;
      if (need <= 0) {
        for (let w = 0; w < index.words.length; w++) add(w);
        break;
      }
      const shared = new Map<number, number>();
      for (const [p, inQuery] of bigrams(part)) {
        const inWord = new Map<number, number>();
        for (const w of index.pairs.get(p) ?? []) inWord.set(w, (inWord.get(w) ?? 0) + 1);
        for (const [w, n] of inWord) shared.set(w, (shared.get(w) ?? 0) + Math.min(n, inQuery));
      }
      for (const [w, n] of shared) if (n >= need) add(w);
    }
  }
  return found;
}

const KIND_WEIGHT: Record<SearchKind, number> = { site: 6, analysis: 4, event: 2, place: 0 };

export interface SearchResult {
  /** The best matches, best first; at most `limit` per kind. */
  hits: SearchHit[];
  /** How many entries of each kind match in all (so a list that shows five can say how many there are). */
  totals: Partial<Record<SearchKind, number>>;
}

const collator = new Intl.Collator();
/** Best first: by score, then by label. */
const order = (a: SearchHit, b: SearchHit) => b.score - a.score || collator.compare(a.entry.label, b.entry.label);

/**
 * Searches the index: every entry that matches is scored and counted, and the best `limit` of each kind are kept as
 * they come (a query matching all 100,000 events is not sorted whole).
 */
export function searchIndex(index: SearchIndex, query: string, limit = 5): SearchResult {
  const q = normalize(query);
  if (!q) return { hits: [], totals: {} };
  const best = new Map<SearchKind, SearchHit[]>();
  const totals: Partial<Record<SearchKind, number>> = {};
  for (const e of candidates(index, q)) {
    const entry = index.entries[e];
    if (!entry) continue;
    let score = 0;
    for (const k of index.keys[e] ?? []) score = Math.max(score, scoreName(q, k, score));
    if (score === 0) continue;
    const hit = { entry, score: score + KIND_WEIGHT[entry.kind] };
    totals[entry.kind] = (totals[entry.kind] ?? 0) + 1;
    const list = best.get(entry.kind) ?? [];
    best.set(entry.kind, list);
    if (list.length === limit && order(hit, list[limit - 1] as SearchHit) >= 0) continue;
    let i = list.length;
    while (i > 0 && order(hit, list[i - 1] as SearchHit) < 0) i--;
    list.splice(i, 0, hit);
    if (list.length > limit) list.pop();
  }
  return { hits: [...best.values()].flat().sort(order), totals };
}

/** The best matches, best first; at most `limit` per kind. */
export function search(index: SearchIndex, query: string, limit = 5): SearchHit[] {
  return searchIndex(index, query, limit).hits;
}

/** Every entry scored by a scan of all names: what `search` must agree with (tests and the benchmark compare them). */
export function searchByScan(entries: readonly SearchEntry[], query: string, limit = 5): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best = 0;
    for (const k of new Set(entry.names.map(normalize).filter(Boolean))) best = Math.max(best, scoreName(q, k));
    if (best > 0) hits.push({ entry, score: best + KIND_WEIGHT[entry.kind] });
  }
  hits.sort(order);
  const perKind = new Map<SearchKind, number>();
  return hits.filter((h) => {
    const n = perKind.get(h.entry.kind) ?? 0;
    perKind.set(h.entry.kind, n + 1);
    return n < limit;
  });
}
