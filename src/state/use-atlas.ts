import type { ContentIndex } from '../content/content-index';
import { visibleAt, type VisibleContent } from '../content/visible';
import { useContent } from './use-content';
import { useView, type View } from './use-view';
import { parseFilters, type Extent } from './url-state';
import { filterMask, type EventFilters } from '../content/filters';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { ContentProblem } from '../content/problems';

export interface Atlas extends View {
  index: ContentIndex;
  filters: EventFilters;
  /** Which events pass the filters (null: all). */
  mask: Uint8Array | null;
  extent: Extent;
  visible: VisibleContent;
  problems: ContentProblem[];
}

const NO_EXTENT: Extent = { start: 0, end: 0, latest: 0 };
const lastVisible = new WeakMap<ContentIndex, { date: number; from: number | null; mask: Uint8Array | null; value: VisibleContent }>();
const lastMask = new WeakMap<ContentIndex, { key: string; mask: Uint8Array | null }>();

/** What is visible at a time, computed once per (content, date, range, filters) however many components ask. */
function visibleFor(index: ContentIndex, date: number, from: number | null, mask: Uint8Array | null): VisibleContent {
  const last = lastVisible.get(index);
  if (last && last.date === date && last.from === from && last.mask === mask) return last.value;
  const value = visibleAt({ table: index.table, sites: index.content.sites }, date, from, mask);
  lastVisible.set(index, { date, from, mask, value });
  return value;
}

/** The filter mask, rebuilt only when the filters change. */
function maskFor(index: ContentIndex, filters: EventFilters): Uint8Array | null {
  const key = JSON.stringify(filters);
  const last = lastMask.get(index);
  if (last && last.key === key) return last.mask;
  const mask = filterMask(index.table, filters);
  lastMask.set(index, { key, mask });
  return mask;
}

/** Content plus the view in the URL: everything a part of the page needs to draw itself. Suspends while loading. */
export function useAtlas(): Atlas | { failed: string } {
  const loaded = useContent();
  const extent = loaded.ok ? loaded.extent : NO_EXTENT;
  const view = useView(extent);
  const { search } = useLocation();
  const filters = useMemo(() => parseFilters(search), [search]);
  if (!loaded.ok) return { failed: loaded.reason };
  const mask = maskFor(loaded.index, filters);
  return { ...view, index: loaded.index, extent, filters, mask, visible: visibleFor(loaded.index, view.time.date, view.time.from, mask), problems: loaded.problems };
}
