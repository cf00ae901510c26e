import { dayNumber } from './dates';
import { eventSpan } from './events-in-range';
import type { ContentBundle } from './schema';

/**
 * The span the timeline offers: from the first day of the month of the earliest event to the last day any event
 * may have happened on. (Status periods can reach further back, to 1977 for Tartus; they still apply, but the
 * timeline covers the period the analyses discuss.)
 */
export function timelineExtent(content: Pick<ContentBundle, 'events'>): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of content.events) {
    const span = eventSpan(e);
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (start > end) return null;
  const first = new Date(start * 86_400_000);
  return { start: dayNumber(first.getUTCFullYear(), first.getUTCMonth() + 1, 1), end };
}
