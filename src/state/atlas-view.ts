import { createContext, useContext, useMemo } from 'react';
import { useLocation } from 'react-router';
import { inAnalyses, type ContentIndex } from '../content/content-index';
import { rowFilter, type EventFilters, type RowFilter } from '../content/filters';
import type { ContentProblem } from '../content/problems';
import { shownAt, type Shown } from '../content/shown';
import { sameTime, type TimeQuery } from '../content/time-rule';
import type { MapSite } from '../content/texts';
import type { LoadedContent } from './content-store';
import { selectionAt, type Selection } from './paths';
import { useUiStore } from './ui-store';
import { parseFilters, parseTimeView, type Extent, type TimeView } from './url-state';

/**
 * The view model: the content and the view in the URL, worked out once per change by the page frame and read by
 * every part of the page through `useAtlasView()`. Nothing below the frame re-derives what is shown: it reads
 * `shown` (the URL's time) or, to follow a drag of the timeline, `shownAt` through `followShown`.
 */
export interface AtlasView {
  index: ContentIndex;
  extent: Extent;
  problems: readonly ContentProblem[];
  selection: Selection | null;
  /** The committed time: the URL's. */
  time: TimeView;
  filters: EventFilters;
  /**
   * The analyses the view is limited to: the one being read (an analysis's panel is open), else those the filters
   * name; empty for all. Events, sites and areas outside it are not shown.
   */
  scope: readonly string[];
  /** The sites in scope (whatever their status on the date). */
  sites: readonly MapSite[];
  /** The rows of the event table the filters and the scope keep (null: all). */
  filter: RowFilter | null;
  /** What is shown at the committed time. */
  shown: Shown;
  /** What is shown at any time under the same filters (the last answer is kept: the map and the timeline ask for the same). */
  shownAt(time: TimeQuery): Shown;
}

type Ready = Extract<LoadedContent, { ok: true }>;
const NO_EXTENT: Extent = { start: 0, end: 0, latest: 0 };

/**
 * Builds the view model from the loaded content and the URL: called once, by the page frame, which renders the
 * same tree (the map stays mounted) before and after the content arrives. Null until the content is there.
 */
export function useAtlasViewModel(content: Ready | null): AtlasView | null {
  const { pathname, search } = useLocation();
  const index = content?.index ?? null;
  const extent = content?.extent ?? NO_EXTENT;
  const selection = useMemo(() => selectionAt(pathname), [pathname]);
  const time = useMemo(() => parseTimeView(search, extent), [search, extent]);
  // The filters keep their identity while their value is unchanged, so nothing downstream is rebuilt for nothing.
  const filtersKey = JSON.stringify(parseFilters(search));
  const filters = useMemo(() => JSON.parse(filtersKey) as EventFilters, [filtersKey]);
  // Reading an analysis limits the view to it; otherwise the analyses filter does.
  const reading = selection?.kind === 'analysis' && index?.analyses.has(selection.id) ? selection.id : null;
  const scopeKey = reading ?? filters.analyses.join(',');
  const scope = useMemo(() => (scopeKey === '' ? [] : scopeKey.split(',')), [scopeKey]);
  const filter = useMemo(() => (index ? rowFilter(index.table, { ...filters, analyses: scope }) : null), [index, filters, scope]);
  const source = useMemo(
    () =>
      index && {
        table: index.table,
        sites: index.content.sites.filter((s) => inAnalyses(s.passages, scope)),
        areas: index.content.areas.filter((a) => inAnalyses(a.passages, scope)),
      },
    [index, scope],
  );
  const at = useMemo(() => {
    if (!source) return null;
    let last: Shown | null = null;
    return (t: TimeQuery): Shown => {
      if (!last || !sameTime(last.time, t)) last = shownAt(source, { date: t.date, from: t.from }, filter);
      return last;
    };
  }, [source, filter]);
  const shown = at ? at(time) : null;
  const problems = content?.problems;
  return useMemo(
    () => (index && source && at && shown && problems ? { index, extent, problems, selection, time, filters, scope, sites: source.sites, filter, shown, shownAt: at } : null),
    [index, source, extent, problems, selection, time, filters, scope, filter, shown, at],
  );
}

/** Null while the content loads, or when it failed (the frame says so). */
export const AtlasViewContext = createContext<AtlasView | null>(null);

/** The view model. Only rendered once the content has loaded (the frame shows loading and failure itself). */
export function useAtlasView(): AtlasView {
  const view = useContext(AtlasViewContext);
  if (!view) throw new Error('useAtlasView() is only available once the content has loaded, inside the page frame');
  return view;
}

/**
 * Follows the effective time, the one the reader is dragging or else the URL's, without re-rendering: calls `show`
 * now and at each step of a drag. For the map and the timeline, which must keep up with every frame.
 */
export function followShown(view: AtlasView, show: (shown: Shown) => void): () => void {
  show(view.shownAt(useUiStore.getState().scrub ?? view.time));
  return useUiStore.subscribe((s, prev) => {
    if (s.scrub !== prev.scrub) show(view.shownAt(s.scrub ?? view.time));
  });
}
