import { use } from 'react';
import { buildIndex, type ContentIndex } from '../content/content-index';
import { loadContent, loadTexts } from '../content/load';
import { buildTextIndex, type TextIndex } from '../content/texts';
import { appBaseUrl } from './app-base';
import type { ContentProblem } from '../content/problems';
import { timelineExtent } from '../content/timeline-extent';
import { tracked } from './promises';
import type { Extent } from './url-state';

export type LoadedContent =
  | { ok: true; index: ContentIndex; extent: Extent; problems: ContentProblem[] }
  | { ok: false; reason: string };

export type LoadedTexts = { ok: true; texts: TextIndex } | { ok: false; reason: string };

let loaded: Promise<LoadedContent> | undefined;
let texts: Promise<LoadedTexts> | undefined;
/** Texts that came with content which had to be checked (they were checked together). */
let checkedTexts: TextIndex | null = null;

function loadedContent(): Promise<LoadedContent> {
  loaded ??= loadContent(appBaseUrl()).then((r): LoadedContent => {
    if (!r.ok) return r;
    const extent = timelineExtent(r.content);
    if (!extent) return { ok: false, reason: 'the content has no dated events' };
    if (r.texts) checkedTexts = buildTextIndex(r.content, r.texts);
    return { ok: true, index: buildIndex(r.content), extent, problems: r.problems };
  });
  return loaded;
}

/** The content, loaded and validated once for the whole app. Suspends until it is there. */
export function useContent(): LoadedContent {
  return use(loadedContent());
}

/**
 * The reading matter (sources, analysis summaries and passages: texts.json), fetched once: in the background
 * after the first view, or by the first panel that needs it. A failure is kept (panels say so; a reload retries).
 */
export function loadTextIndex(): Promise<LoadedTexts> {
  texts ??= tracked(
    loadedContent().then(async (c): Promise<LoadedTexts> => {
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
