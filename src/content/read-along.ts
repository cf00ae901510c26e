import { passageRef, type ContentIndex } from './content-index';
import { parseDateOrRange, parsePartialDate } from './dates';
import type { AnalysisHead } from './texts';

/**
 * Read-along: while a passage is being read, the timeline stands at the passage's moment. That is the date the
 * analyst gives the passage (its last day, for a month or a year: everything in it has happened), else the latest
 * moment among the events it discusses (the end of the last one); null when it discusses no event and gives no date,
 * so the timeline stays where the reader has it.
 */
export function passageMoment(index: ContentIndex, analysisId: string, anchor: string): number | null {
  const passage = index.analyses.get(analysisId)?.passages.find((p) => p.anchor === anchor);
  if (!passage) return null;
  if (passage.date !== undefined) return parsePartialDate(passage.date)?.end ?? null;
  const events = index.passageMentions.get(passageRef(analysisId, anchor))?.events ?? [];
  let latest: number | null = null;
  for (const e of events) {
    const span = parseDateOrRange(e.date);
    if (span && (latest === null || span.end > latest)) latest = span.end;
  }
  return latest;
}

/** The passages before and after one, for "previous" and "next" (null at either end, or for an unknown anchor). */
export function neighbours(analysis: Pick<AnalysisHead, 'passages'>, anchor: string | undefined): { previous: string | null; next: string | null } {
  const i = anchor === undefined ? -1 : analysis.passages.findIndex((p) => p.anchor === anchor);
  return {
    previous: i > 0 ? (analysis.passages[i - 1]?.anchor ?? null) : null,
    next: i + 1 < analysis.passages.length ? (analysis.passages[i + 1]?.anchor ?? null) : null,
  };
}
