import type { ContentIndex } from '../content/content-index';
import { visibleAt, type VisibleContent } from '../content/visible';
import { useContent } from './use-content';
import { useView, type View } from './use-view';
import type { Extent } from './url-state';
import type { ContentProblem } from '../content/problems';

export interface Atlas extends View {
  index: ContentIndex;
  extent: Extent;
  visible: VisibleContent;
  problems: ContentProblem[];
}

const NO_EXTENT: Extent = { start: 0, end: 0, latest: 0 };
const lastVisible = new WeakMap<ContentIndex, { date: number; from: number | null; value: VisibleContent }>();

/** What is visible at a time, computed once per (content, date, range) however many components ask. */
function visibleFor(index: ContentIndex, date: number, from: number | null): VisibleContent {
  const last = lastVisible.get(index);
  if (last && last.date === date && last.from === from) return last.value;
  const value = visibleAt({ table: index.table, sites: index.content.sites }, date, from);
  lastVisible.set(index, { date, from, value });
  return value;
}

/** Content plus the view in the URL: everything a part of the page needs to draw itself. Suspends while loading. */
export function useAtlas(): Atlas | { failed: string } {
  const loaded = useContent();
  const extent = loaded.ok ? loaded.extent : NO_EXTENT;
  const view = useView(extent);
  if (!loaded.ok) return { failed: loaded.reason };
  return { ...view, index: loaded.index, extent, visible: visibleFor(loaded.index, view.time.date, view.time.from), problems: loaded.problems };
}
