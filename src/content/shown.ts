import { forEachRowInTime, rowWindow, type EventTable } from './event-table';
import type { RowFilter } from './filters';
import { parsePartialDate } from './dates';
import type { MapArea, MapEvent, MapSite } from './texts';
import { statusOnDate, type SiteStatusOnDate } from './status-on-date';
import { inTime, type TimeQuery } from './time-rule';

export interface ShownSite {
  site: MapSite;
  /** Null for a site that has no status history (a seat of government): it is always shown. */
  status: SiteStatusOnDate | null;
}

/**
 * What the atlas shows at one time under one set of filters: the one answer every part of the page reads (the map's
 * layers, the timeline's histogram and live line, the lists, the panels, the filter counts, the range ring, the
 * take-away tools, the off-map hint). Sites are worked out at once (there are few); events are counted from the
 * table's running counts in constant time, and listed only when asked.
 */
export interface Shown {
  readonly time: TimeQuery;
  /** The sites standing on the date (a site with a history only while one of its periods covers the day). */
  readonly sites: readonly ShownSite[];
  /** The site as it stood on the date; undefined when it did not stand then. */
  site(id: string): ShownSite | undefined;
  /** The areas that apply on the date (an area's period covers it). */
  readonly areas: readonly MapArea[];
  readonly eventCount: number;
  /** Whether the event in this row of the table is shown (the time rule, and the filters). */
  has(row: number): boolean;
  /** How many of the rows [lo, hi) of the table are shown. */
  countRows(lo: number, hi: number): number;
  /** The shown rows of the table, in date order (listed on first use). */
  rows(): readonly number[];
  /** The shown events, in date order (listed on first use). */
  events(): readonly MapEvent[];
  /** The `n` latest shown events, latest first (only those are made: the list under the map shows 200). */
  latest(n: number): readonly MapEvent[];
}

/** What there is to show: the event table, and the sites and areas in scope (all, or one analysis's). */
export interface ShownSource {
  table: EventTable;
  sites: readonly MapSite[];
  areas?: readonly MapArea[];
}

/** Whether an area applies on a day: its period, from its first possible day to its last (open-ended without `to`). */
export function areaApplies(area: Pick<MapArea, 'period'>, day: number): boolean {
  const from = parsePartialDate(area.period.from);
  const to = area.period.to === undefined ? null : parsePartialDate(area.period.to);
  return from !== null && from.start <= day && (to === null || to.end >= day);
}

function sitesOn(sites: readonly MapSite[], date: number): ShownSite[] {
  const out: ShownSite[] = [];
  for (const site of sites) {
    if (site.status.length === 0) out.push({ site, status: null });
    else {
      const status = statusOnDate(site, date);
      if (status) out.push({ site, status });
    }
  }
  return out;
}

export function shownAt(content: ShownSource, time: TimeQuery, filter: RowFilter | null): Shown {
  const { table } = content;
  const w = rowWindow(table, time);
  const keep = filter?.keep ?? null;
  const kept = (lo: number, hi: number) => (filter ? (filter.keptBefore[hi] ?? 0) - (filter.keptBefore[lo] ?? 0) : hi - lo);
  const has = (row: number) => (keep === null || keep[row] === 1) && inTime(table.start[row] ?? 0, table.end[row] ?? 0, time);
  const countRows = (lo: number, hi: number) => {
    let n = 0;
    // Rows that began before `from`: each is tested (at most the longest event's span of them).
    for (let i = Math.max(lo, w.lookBack); i < Math.min(hi, w.inFrom); i++) if (has(i)) n++;
    // Rows that began within the range are all in time: only the filter decides.
    const a = Math.max(lo, w.inFrom);
    const b = Math.min(hi, w.upTo);
    return n + (b > a ? kept(a, b) : 0);
  };
  const sites = sitesOn(content.sites, time.date);
  const byId = new Map(sites.map((s) => [s.site.id, s]));
  let rows: number[] | null = null;
  let events: MapEvent[] | null = null;
  const listRows = () => {
    if (!rows) {
      const out: number[] = [];
      forEachRowInTime(table, time, (i) => {
        if (keep === null || keep[i] === 1) out.push(i);
      });
      rows = out;
    }
    return rows;
  };
  return {
    time,
    sites,
    site: (id) => byId.get(id),
    areas: (content.areas ?? []).filter((a) => areaApplies(a, time.date)),
    eventCount: countRows(0, table.events.length),
    has,
    countRows,
    rows: listRows,
    events: () => (events ??= listRows().map((i) => table.events.at(i) as MapEvent)),
    latest: (n) => listRows().slice(-n).reverse().map((i) => table.events.at(i) as MapEvent),
  };
}
