import { use, useSyncExternalStore } from 'react';
import { buildIndex, type ContentIndex } from '../content/content-index';
import { loadContent, loadTexts, type LoadProgress } from '../content/load';
import type { ContentProblem } from '../content/problems';
import { buildTextIndex, type TextIndex } from '../content/texts';
import { tableExtent } from '../content/timeline-extent';
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
/** How far the load has got (null before it starts and once it is done), for the loading messages. */
let progress: LoadProgress | null = null;

/**
 * Resolves once the browser has painted, so a long synchronous stage has its message on screen while it runs; or
 * after 50 ms where frames are not drawn (a tab in the background).
 */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });
/** Content smaller than this is checked and prepared in a blink: no frame is spent showing it. */
const WORTH_SHOWING = 2_000_000;
let received = 0;

function setProgress(next: LoadProgress | null): Promise<void> {
  progress = next;
  if (next?.stage === 'fetching') received = next.received;
  for (const listener of listeners) listener();
  return next && next.stage !== 'fetching' && received >= WORTH_SHOWING ? nextPaint() : Promise.resolve();
}

export function startLoadingContent(): Promise<LoadedContent> {
  loading ??= loadContent(appBaseUrl(), fetch, undefined, setProgress).then(async (r): Promise<LoadedContent> => {
    let result: LoadedContent;
    if (!r.ok) result = r;
    else {
      await setProgress({ stage: 'preparing' });
      const index = buildIndex(r.content);
      const extent = tableExtent(index.table);
      if (!extent) result = { ok: false, reason: 'the content has no dated events' };
      else {
        if (r.texts) checkedTexts = buildTextIndex(r.content, index.events, r.texts);
        result = { ok: true, index, extent, problems: r.problems };
      }
    }
    loaded = result;
    void setProgress(null);
    for (const listener of listeners) listener();
    return result;
  });
  return loading;
}

/** How far the content's load has got, while it loads (null otherwise). */
export function useContentProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribe, () => progress);
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
      return r.ok ? { ok: true, texts: buildTextIndex(c.index.content, c.index.events, r.texts) } : r;
    }),
  );
  return texts;
}

/**
 * Above this many events the reading matter is not fetched in the background: a large archive's texts.json is as
 * big as its events (13 MB at 100,000 synthetic events, 129 MB at a million), so it waits for a panel that needs it.
 */
const TEXTS_IN_BACKGROUND_UP_TO = 20_000;

/** After the first view: the reading matter, in the background, for content small enough (see above). */
export function prefetchTexts(): void {
  void startLoadingContent().then((c) => {
    if (c.ok && c.index.table.events.length <= TEXTS_IN_BACKGROUND_UP_TO) void loadTextIndex();
  });
}

/** The reading matter, for panels. Suspends until it is there. */
export function useTexts(): LoadedTexts {
  return use(loadTextIndex());
}
