/**
 * Citations inside prose. A note, a summary or a passage can cite the sources of one claim where it makes it:
 * `… flew its equipment to Khmeimim [@afp-qamishli-withdrawal].` or several at once, `[@a, @b]`. The app renders
 * each as a numbered reference; the checker makes sure every cited id is a source.
 */
const CITATION = /\[@([a-z0-9-]+(?:\s*[,;]\s*@[a-z0-9-]+)*)\]/g;

export type CitedPart = { text: string } | { cite: string[] };

/** The text split into plain runs and citations (in order). */
export function parseCitations(text: string): CitedPart[] {
  const parts: CitedPart[] = [];
  let at = 0;
  for (const m of text.matchAll(CITATION)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ cite: (m[1] ?? '').split(/[,;]/).map((s) => s.trim().replace(/^@/, '')) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** Every source id a text cites, in order of first citation. */
export function citedIds(text: string): string[] {
  const ids: string[] = [];
  for (const part of parseCitations(text)) if ('cite' in part) for (const id of part.cite) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** The text without its citations (for page titles, search, exports). */
export function withoutCitations(text: string): string {
  return text.replace(CITATION, '').replace(/\s+([.,;:])/g, '$1').trim();
}
