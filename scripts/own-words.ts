/**
 * The own-words check: runs of eight or more consecutive words that a text of ours shares with a source text,
 * ignoring case and punctuation. A run inside quotation marks ("…" or “…”) is a marked quotation and allowed; any
 * other is a copy to rewrite in our own words or to quote with attribution.
 *
 * Words are letters and digits; hyphens, apostrophes and punctuation split them ("al-Sharaa's" is three words), the
 * finest reading, so a copy cannot hide behind a changed hyphen.
 */
export const RUN_WORDS = 8;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ text: m[0].normalize('NFKC').toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Where quotations are: "…", “…”, «…» (start and end offsets, quotation marks included). */
function quotations(text: string): [number, number][] {
  return [...text.matchAll(/"[^"]*"|“[^”]*”|«[^»]*»/g)].map((m) => [m.index, m.index + m[0].length]);
}

export interface SharedRun {
  /** The run as it stands in our text (white space collapsed). */
  text: string;
  words: number;
  /**
   * True when no eight consecutive words of the run lie outside quotation marks: the copied words are a marked
   * quotation (a run may begin or end with a few words of ours around the quotation).
   */
  quoted: boolean;
}

/** An index of a source text's word sequences, built once and asked of every text of ours. */
export function sourceIndex(source: string): (ours: string) => SharedRun[] {
  const src = words(source).map((w) => w.text);
  const grams = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= src.length; i++) grams.add(src.slice(i, i + RUN_WORDS).join(' '));
  return (ours: string) => {
    const w = words(ours);
    const quotes = quotations(ours);
    const runs: [number, number][] = [];
    for (let i = 0; i + RUN_WORDS <= w.length; i++) {
      if (!grams.has(w.slice(i, i + RUN_WORDS).map((x) => x.text).join(' '))) continue;
      const last = runs.at(-1);
      // Overlapping windows make one longer run.
      if (last && i <= last[1]) last[1] = i + RUN_WORDS;
      else runs.push([i, i + RUN_WORDS]);
    }
    const inQuote = (x: Word) => quotes.some(([qa, qb]) => qa < x.start && x.end < qb);
    return runs.map(([a, b]) => {
      let streak = 0;
      let longest = 0;
      for (let i = a; i < b; i++) {
        const word = w[i];
        streak = word && !inQuote(word) ? streak + 1 : 0;
        longest = Math.max(longest, streak);
      }
      const text = ours.slice(w[a]?.start ?? 0, w[b - 1]?.end ?? 0).replace(/\s+/g, ' ');
      return { text, words: b - a, quoted: longest < RUN_WORDS };
    });
  };
}

/** A text of ours: where it is (collection, item, dotted field) and what it says. */
export interface ProseField {
  collection: string;
  index: number;
  field: string;
  text: string;
}

/**
 * Every text of ours in the content that could copy a source: all strings of eight words or more, except ids, URLs,
 * names, and the titles of analyses and sources (the name of a work is not a copy of it).
 */
export function proseFields(bundle: Record<string, unknown>): ProseField[] {
  const out: ProseField[] = [];
  const walk = (value: unknown, collection: string, index: number, path: string[]) => {
    const key = path.at(-1);
    if (key === 'id' || key === 'url' || key === 'names' || (path.length === 1 && key === 'title' && (collection === 'analyses' || collection === 'sources'))) return;
    if (typeof value === 'string') {
      if (value.split(/\s+/).length >= RUN_WORDS) out.push({ collection, index, field: path.join('.'), text: value });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, collection, index, [...path, String(i)]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, collection, index, [...path, k]);
  };
  for (const [collection, items] of Object.entries(bundle)) {
    if (Array.isArray(items)) items.forEach((item, i) => walk(item, collection, i, []));
    else walk(items, collection, 0, []);
  }
  return out;
}
