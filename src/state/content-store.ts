import { use, useSyncExternalStore } from 'react';
import { buildIndex, type ContentIndex } from '../content/content-index';
import { loadContent, loadTexts } from '../content/load';
import type { ContentProblem } from '../content/problems';
import { buildTextIndex, type TextIndex } from '../content/texts';
import { timelineExtent } from '../content/timeline-extent';
import { tracked } from '../lib/promises';
import { appBaseUrl } from './app-base';
import type { Extent } from './url-state';

export type LoadedContent =
  | { ok: true; index: ContentIndex; extent: Extent; problems: ContentProblem[] }
  | { ok: false; reason: string };

export type LoadedTexts = { ok: true; texts: TextIndex } | { ok: false; reason: string };

/**
 * The content, loaded and validated once for the whole app: main.tsx starts the fetch before the first render, and
 * the page frame reads where it has got to (null while loading). Only the frame reads it: it builds the view
 * model from it (atlas-view.ts) and shows a failure once, in one place.
 */
let loading: Promise<LoadedContent> | undefined;
let loaded: LoadedContent | null = null;
/** Texts that came with content which had to be checked (they were checked together). */
let checkedTexts: TextIndex | null = null;
let texts: Promise<LoadedTexts> | undefined;
const listeners = new Set<() => void>();

export function startLoadingContent(): Promise<LoadedContent> {
  loading ??= loadContent(appBaseUrl()).then((r): LoadedContent => {
    let result: LoadedContent;
    if (!r.ok) result = r;
    else {
      const extent = timelineExtent(r.content);
      if (!extent) result = { ok: false, reason: 'the content has no dated events' };
      else {
        if (r.texts) checkedTexts = buildTextIndex(r.content, r.texts);
        result = { ok: true, index: buildIndex(r.content), extent, problems: r.problems };
      }
    }
    loaded = result;
    for (const listener of listeners) listener();
    return result;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The loaded content, or null while it is on its way. Re-renders once when it arrives. */
export function useLoadedContent(): LoadedContent | null {
  void startLoadingContent();
  return useSyncExternalStore(subscribe, () => loaded);
}

/**
 * The reading matter (sources, analysis summaries and passages: texts.json), fetched once: in the background
 * after the first view, or by the first panel that needs it. A failure is kept (panels say so; a reload retries).
 */
export function loadTextIndex(): Promise<LoadedTexts> {
  texts ??= tracked(
    startLoadingContent().then(async (c): Promise<LoadedTexts> => {
      if (!c.ok) return { ok: false, reason: c.reason };
      if (checkedTexts) return { ok: true, texts: checkedTexts };
      const r = await loadTexts(appBaseUrl(), c.index.content);
      return r.ok ? { ok: true, texts: buildTextIndex(c.index.content, r.texts) } : r;
    }),
  );
  return texts;
}

/** The reading matter, for panels. Suspends until it is there. */
export function useTexts(): LoadedTexts {
  return use(loadTextIndex());
}
