import { parseDateOrRange, parsePartialDate } from './dates';
import type { Analysis, Source } from './schema';

/**
 * True when a source was published after the latest day the analysis may have been written: what it reports
 * came later than the analysis and is marked as such.
 */
export function isLaterSource(source: Source, analysis: Pick<Analysis, 'published'>): boolean {
  if (!source.date) return false;
  const published = parseDateOrRange(analysis.published);
  const dated = parsePartialDate(source.date);
  return published !== null && dated !== null && dated.start > published.end;
}
