import { parseDateOrRange, parsePartialDate } from './dates';
import type { Analysis, Source } from './schema';

/** The last day an analysis may have been written (its date, or the end of the window it is known to lie in). */
export function analysisEnd(analysis: Pick<Analysis, 'published'>): number | null {
  return parseDateOrRange(analysis.published)?.end ?? null;
}

/**
 * True when a source was published after the latest day the analysis may have been written: what it reports
 * came later than the analysis and is marked as such.
 */
export function isLaterSource(source: Source, analysis: Pick<Analysis, 'published'>): boolean {
  if (!source.date) return false;
  const end = analysisEnd(analysis);
  const dated = parsePartialDate(source.date);
  return end !== null && dated !== null && dated.start > end;
}

/**
 * The date of the analyses an item comes from, when the item began after every one of them was written (an event
 * or a status change the analyses could not know of); null otherwise. Derived from the analyses' own dates.
 */
export function afterAnalyses(start: number, analyses: readonly Pick<Analysis, 'published'>[]): number | null {
  const ends = analyses.map(analysisEnd);
  if (ends.length === 0 || ends.some((e) => e === null || start <= e)) return null;
  return Math.max(...(ends as number[]));
}
