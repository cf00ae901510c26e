import type { EventTable } from './event-table';
import { countInRange, eventIndicesInRange } from './event-table';
import type { ArticleEvent, Site } from './schema';
import { statusOnDate, type SiteStatusOnDate } from './status-on-date';

export interface VisibleSite {
  site: Site;
  /** Null for a site that has no status history (a seat of government): it is always shown. */
  status: SiteStatusOnDate | null;
}

export interface VisibleContent {
  /** Events in the range, in date order. */
  events: ArticleEvent[];
  sites: VisibleSite[];
}

/** Sites as they stood on a day: those with a history only while a period covers the day; the others always. */
export function sitesOn(sites: readonly Site[], date: number): VisibleSite[] {
  const out: VisibleSite[] = [];
  for (const site of sites) {
    if (site.status.length === 0) {
      out.push({ site, status: null });
      continue;
    }
    const status = statusOnDate(site, date);
    if (status) out.push({ site, status });
  }
  return out;
}

/**
 * The one answer to "what does the map show at this time": the events in the range (everything up to `date` in
 * "as of" mode, when `from` is null), and the sites as they stood on `date`. Map, list, counts and histogram all
 * use this (or `countInRange` on the same table, when only the number is needed).
 */
export function visibleAt(content: { table: EventTable; sites: readonly Site[] }, date: number, from: number | null, mask: Uint8Array | null = null): VisibleContent {
  const events = eventIndicesInRange(content.table, from, date)
    .filter((i) => mask === null || mask[i] === 1)
    .map((i) => content.table.events[i] as ArticleEvent);
  return { events, sites: sitesOn(content.sites, date) };
}

export function visibleCounts(content: { table: EventTable; sites: readonly Site[] }, date: number, from: number | null, mask: Uint8Array | null = null): { events: number; sites: number } {
  const events = mask === null ? countInRange(content.table, from, date) : eventIndicesInRange(content.table, from, date).reduce((n, i) => n + (mask[i] ?? 0), 0);
  return { events, sites: sitesOn(content.sites, date).length };
}
