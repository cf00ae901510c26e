import { use } from 'react';
import { buildIndex, type ContentIndex } from '../content/content-index';
import { loadContent } from '../content/load';
import { appBaseUrl } from './app-base';
import type { ContentProblem } from '../content/problems';
import { timelineExtent } from '../content/timeline-extent';
import type { Extent } from './url-state';

export type LoadedContent =
  | { ok: true; index: ContentIndex; extent: Extent; problems: ContentProblem[] }
  | { ok: false; reason: string };

let loaded: Promise<LoadedContent> | undefined;

function loadedContent(): Promise<LoadedContent> {
  loaded ??= loadContent(appBaseUrl()).then((r): LoadedContent => {
    if (!r.ok) return r;
    const extent = timelineExtent(r.content);
    if (!extent) return { ok: false, reason: 'the content has no dated events' };
    return { ok: true, index: buildIndex(r.content), extent, problems: r.problems };
  });
  return loaded;
}

/** The content, loaded and validated once for the whole app. Suspends until it is there. */
export function useContent(): LoadedContent {
  return use(loadedContent());
}
