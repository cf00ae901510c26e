import { eventsInRange } from './events-in-range';
import type { ArticleEvent, Site } from './schema';
import { statusOnDate, type SiteStatusOnDate } from './status-on-date';

export interface VisibleSite {
  site: Site;
  /** Null for a site that has no status history (a seat of government): it is always shown. */
  status: SiteStatusOnDate | null;
}

export interface VisibleContent {
  events: ArticleEvent[];
  sites: VisibleSite[];
}

/**
 * The one answer to "what does the map show at this time": the events in the range (everything up to `date` in
 * "as of" mode, when `from` is null), and the sites as they stood on `date`. Sites with a status history are shown
 * only while a period covers the date; sites without one (seats of government) always. Map, list, counts and
 * histogram all use this.
 */
export function visibleAt(
  content: { events: readonly ArticleEvent[]; sites: readonly Site[] },
  date: number,
  from: number | null,
): VisibleContent {
  const events = eventsInRange(content.events, from ?? -Infinity, date);
  const sites: VisibleSite[] = [];
  for (const site of content.sites) {
    if (site.status.length === 0) {
      sites.push({ site, status: null });
      continue;
    }
    const status = statusOnDate(site, date);
    if (status) sites.push({ site, status });
  }
  return { events, sites };
}
