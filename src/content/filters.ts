import { inAnalyses } from './content-index';
import type { EventRows } from './event-rows';
import type { EventTable } from './event-table';
import type { MapEvent } from './texts';

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

export function eventMatches(e: Pick<MapEvent, 'kind' | 'actors' | 'passages'>, f: EventFilters): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(e.kind)) return false;
  if (f.actors.length > 0 && !e.actors.some((a) => f.actors.includes(a))) return false;
  if (!inAnalyses(e.passages, f.analyses)) return false;
  return true;
}

/** The same rule for a row of the table, read from its columns (no event made). */
export function rowMatches(rows: EventRows, row: number, f: EventFilters): boolean {
  return eventMatches({ kind: rows.kind(row), actors: rows.actors(row), passages: rows.passages(row) }, f);
}

/**
 * The rows of the event table the filters keep: one byte per row (1 = kept, what the map's layers upload), and
 * a running count (`keptBefore[i]` = rows kept among rows 0..i-1), so "how many kept rows in a stretch of the
 * table" is one subtraction, whatever the number of events.
 */
export interface RowFilter {
  keep: Uint8Array;
  keptBefore: Int32Array;
}

/** Null when nothing is filtered. */
export function rowFilter(table: EventTable, f: EventFilters): RowFilter | null {
  if (!hasFilters(f)) return null;
  const n = table.events.length;
  const keep = new Uint8Array(n);
  const keptBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    keep[i] = rowMatches(table.events, i, f) ? 1 : 0;
    keptBefore[i + 1] = (keptBefore[i] ?? 0) + (keep[i] ?? 0);
  }
  return { keep, keptBefore };
}
