import { parsePartialDate } from './dates';
import type { EventKind, SiteStatus } from './schema';
import type { Shown } from './shown';
import { statusOnDate } from './status-on-date';
import type { MapEvent, MapSite, MapStatusPeriod } from './texts';
import { EVENT_KINDS } from './vocabulary';

/**
 * What changed between two dates: the question an analysis of a turning point asks (what became of each base after
 * the fall). A site changed when its status on the first date differs from its status on the second; it began or
 * ended when it stood on only one of them. The events are those the range shows, grouped by kind.
 */
export type SiteChangeKind = 'changed' | 'began' | 'ended';

export interface SiteChange {
  site: MapSite;
  kind: SiteChangeKind;
  /** The status on the first date (null: the site did not stand then). */
  before: MapStatusPeriod | null;
  /** The status on the second date (null: it no longer stood). */
  after: MapStatusPeriod | null;
  /** The period whose start (or, for an ending, whose end) is the change: its dates and its sources. */
  cause: MapStatusPeriod;
  /** When the change happened, at its own precision: the new period's `from`, or the ended period's `to`. */
  when: string;
}

export interface ChangeSummary {
  from: number;
  to: number;
  /** In the order they happened. */
  sites: readonly SiteChange[];
  /** The events in the range, grouped by kind in the vocabulary's order; kinds with none are left out. */
  events: readonly { kind: EventKind; events: readonly MapEvent[] }[];
}

const statusOf = (p: MapStatusPeriod | null): SiteStatus | null => p?.status ?? null;

/** The sites whose status differs between `from` and `to` (sites without a history, seats of government, never do). */
export function siteChanges(sites: readonly MapSite[], from: number, to: number): SiteChange[] {
  const out: { change: SiteChange; day: number }[] = [];
  for (const site of sites) {
    if (site.status.length === 0) continue;
    const before = statusOnDate(site, from)?.period ?? null;
    const after = statusOnDate(site, to)?.period ?? null;
    if (statusOf(before) === statusOf(after)) continue;
    const kind: SiteChangeKind = before === null ? 'began' : after === null ? 'ended' : 'changed';
    const cause = (after ?? before) as MapStatusPeriod;
    const when = after ? after.from : (before?.to ?? before?.from ?? '');
    out.push({ change: { site, kind, before, after, cause, when }, day: parsePartialDate(when)?.start ?? 0 });
  }
  return out.sort((a, b) => a.day - b.day).map((c) => c.change);
}

/** The summary for a "between two dates" view: `shown` at that range (its sites' scope and filters). */
export function changesBetween(sites: readonly MapSite[], shown: Pick<Shown, 'time' | 'events'>): ChangeSummary | null {
  const { from, date } = shown.time;
  if (from === null) return null;
  const byKind = new Map<EventKind, MapEvent[]>();
  for (const e of shown.events()) {
    const list = byKind.get(e.kind) ?? [];
    list.push(e);
    byKind.set(e.kind, list);
  }
  return {
    from,
    to: date,
    sites: siteChanges(sites, from, date),
    events: EVENT_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, events: byKind.get(kind) ?? [] })),
  };
}
