import { parsePartialDate, type DaySpan } from './dates';
import type { MapSite, MapStatusPeriod } from './texts';

export interface SiteStatusOnDate {
  period: MapStatusPeriod;
  index: number;
  /**
   * True when the day falls inside the imprecise start or end of the period (e.g. a period "from 2019-11" asked
   * about 10 November 2019): the status may already, or still, have applied, but the sources cannot say.
   */
  uncertain: boolean;
}

/**
 * The status of a site on a day (a UTC day number). A period covers everything from the first day its `from`
 * may mean to the last day its `to` may mean (open-ended when `to` is absent). Where imprecise ends make two
 * periods overlap, the later-starting one wins: it is the most recent change the sources report.
 * Returns null before the first period, in gaps, or for a site with no status history.
 */
/** A period's ends, parsed once per period: the timeline asks for every site's status on every step. */
const parsed = new WeakMap<MapStatusPeriod, { from: DaySpan | null; to: DaySpan | null }>();
function periodSpans(period: MapStatusPeriod) {
  let spans = parsed.get(period);
  if (!spans) {
    spans = { from: parsePartialDate(period.from), to: period.to === undefined ? null : parsePartialDate(period.to) };
    parsed.set(period, spans);
  }
  return spans;
}

export function statusOnDate(site: Pick<MapSite, 'status'>, day: number): SiteStatusOnDate | null {
  let best: SiteStatusOnDate | null = null;
  let bestStart = -Infinity;
  site.status.forEach((period, index) => {
    const { from, to } = periodSpans(period);
    if (!from) return;
    const end = to ? to.end : Infinity;
    if (day < from.start || day > end || from.start < bestStart) return;
    const uncertainStart = from.precision !== 'day' && day <= from.end;
    const uncertainEnd = to !== null && to.precision !== 'day' && day >= to.start;
    best = { period, index, uncertain: uncertainStart || uncertainEnd };
    bestStart = from.start;
  });
  return best;
}
