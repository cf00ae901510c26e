import type { EventTable } from './event-table';
import type { ArticleEvent } from './schema';

/** What the reader narrowed the events to; an empty list means "any". */
export interface EventFilters {
  kinds: readonly string[];
  actors: readonly string[];
  analyses: readonly string[];
}

export const NO_FILTERS: EventFilters = { kinds: [], actors: [], analyses: [] };

export function hasFilters(f: EventFilters): boolean {
  return f.kinds.length + f.actors.length + f.analyses.length > 0;
}

export function eventMatches(e: ArticleEvent, f: EventFilters): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(e.kind)) return false;
  if (f.actors.length > 0 && !e.actors.some((a) => f.actors.includes(a))) return false;
  if (f.analyses.length > 0 && !e.passages.some((p) => f.analyses.includes(p.split('#')[0] ?? ''))) return false;
  return true;
}

/** One byte per event of the table: 1 when it passes the filters. Null when nothing is filtered. */
export function filterMask(table: EventTable, f: EventFilters): Uint8Array | null {
  if (!hasFilters(f)) return null;
  const mask = new Uint8Array(table.events.length);
  table.events.forEach((e, i) => {
    mask[i] = eventMatches(e, f) ? 1 : 0;
  });
  return mask;
}
