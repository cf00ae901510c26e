import type { ContentProblem } from './problems';
import { TEXTS_FILE, type MapBundle, type Texts } from './texts';

export type ContentLoad =
  | {
      ok: true;
      content: MapBundle;
      problems: ContentProblem[];
      /** The reading matter, when it had to be fetched and checked along with the content; else null (fetched later). */
      texts: Texts | null;
    }
  | { ok: false; reason: string };

export type TextsLoad = { ok: true; texts: Texts } | { ok: false; reason: string };

/** Where the build puts the compiled content (scripts/content-build.ts), relative to the app's base URL. */
export const CONTENT_PATH = 'content/content.json';
export const TEXTS_PATH = `content/${TEXTS_FILE}`;

/**
 * SHA-256 (hex) of the content.json and texts.json this bundle was built with, which the build validated
 * (vite.config.ts puts them here); null where there are none, e.g. under the test runner.
 */
export interface BuiltHashes {
  content: string | null;
  texts: string | null;
}
export const BUILT_SHA256: BuiltHashes =
  typeof __ATLAS_CONTENT_SHA256__ === 'object' && __ATLAS_CONTENT_SHA256__ !== null ? __ATLAS_CONTENT_SHA256__ : { content: null, texts: null };

type Fetched = { ok: true; text: string; raw: unknown } | { ok: false; reason: string };

/**
 * How far a load has got, for large content: the bytes received (of how many, when the server says and the body is
 * not compressed on the way), then the check of a file the build did not produce, then the preparing of the map's
 * tables. A listener may return a promise (the next paint): the load waits for it before a long synchronous stage.
 */
export type LoadProgress = { stage: 'fetching'; received: number; total: number | null } | { stage: 'checking' } | { stage: 'preparing' };
export type OnProgress = (progress: LoadProgress) => void | Promise<void>;

/** The body as text, telling `onProgress` the bytes received as they arrive (at most every 100 ms). */
async function readText(response: Response, onProgress: OnProgress | undefined): Promise<string> {
  if (!onProgress || !response.body) return response.text();
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const length = Number(response.headers.get('content-length'));
  const total = !encoded && length > 0 ? length : null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    if (performance.now() - told > 100) {
      told = performance.now();
      void onProgress({ stage: 'fetching', received, total });
    }
  }
  void onProgress({ stage: 'fetching', received, total: total ?? received });
  const decoder = new TextDecoder();
  return chunks.map((chunk, i) => decoder.decode(chunk, { stream: i < chunks.length - 1 })).join('');
}

/** Fetches and parses one JSON file; `what` names it in the reasons ("the content file"). */
async function fetchJson(url: string, fetcher: typeof fetch, what: string, onProgress?: OnProgress): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return { ok: false, reason: `${what} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!response.ok) return { ok: false, reason: `${what} could not be loaded (HTTP ${response.status})` };
  let text: string;
  try {
    text = await readText(response, onProgress);
  } catch (error) {
    return { ok: false, reason: `${what} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    return { ok: true, text, raw: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: `${what} is damaged (it is not valid JSON)` };
  }
}

async function validator(): Promise<typeof import('./validate') | string> {
  try {
    return await import('./validate');
  } catch (error) {
    return `the content checker could not be loaded (${error instanceof Error ? error.message : String(error)})`;
  }
}

async function sha256Hex(text: string): Promise<string | null> {
  // Only in secure contexts (https, localhost); elsewhere the content is simply validated in full.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Loads and validates the content once. Items that fail validation are left out and reported in `problems`,
 * so one bad entry does not take the rest of the map down; a missing or unreadable file is a failed load.
 *
 * The file the build produced was validated by the build, against this same schema: when the bytes served are
 * exactly those (same SHA-256), checking them again would find nothing, so the validator (the schema and zod,
 * 11 KB gzipped) is not even downloaded, nor the texts. Any other file (edited after the build, damaged, or
 * served by the dev server while an analyst edits content) loads the validator and the texts, and the two are
 * checked together, in full.
 */
export async function loadContent(baseUrl: string, fetcher: typeof fetch = fetch, built: BuiltHashes = BUILT_SHA256, onProgress?: OnProgress): Promise<ContentLoad> {
  const content = await fetchJson(new URL(CONTENT_PATH, baseUrl).href, fetcher, 'the content file', onProgress);
  if (!content.ok) return content;
  if (built.content !== null && (await sha256Hex(content.text)) === built.content) {
    return { ok: true, content: content.raw as MapBundle, problems: [], texts: null };
  }
  await onProgress?.({ stage: 'checking' });
  const texts = await fetchJson(new URL(TEXTS_PATH, baseUrl).href, fetcher, 'the texts file');
  if (!texts.ok) return texts;
  const check = await validator();
  if (typeof check === 'string') return { ok: false, reason: check };
  const { content: checked, problems } = check.validateBundle(check.joinBundle(content.raw, texts.raw));
  if (problems.some((p) => p.where === 'content')) {
    return { ok: false, reason: `the content file is not in the expected shape: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}` };
  }
  const { map, texts: checkedTexts } = check.splitBundle(checked);
  return { ok: true, content: map, problems, texts: checkedTexts };
}

/**
 * Loads the reading matter for content that was taken as built (see loadContent). The same rule: the exact file
 * the build produced is taken as it is; any other is checked with the content, and refused if any analysis or
 * source in it fails (panels then say the texts are unavailable, and the map goes on).
 */
export async function loadTexts(baseUrl: string, content: MapBundle, fetcher: typeof fetch = fetch, built: BuiltHashes = BUILT_SHA256): Promise<TextsLoad> {
  const texts = await fetchJson(new URL(TEXTS_PATH, baseUrl).href, fetcher, 'the texts file');
  if (!texts.ok) return texts;
  if (built.texts !== null && (await sha256Hex(texts.text)) === built.texts) return { ok: true, texts: texts.raw as Texts };
  const check = await validator();
  if (typeof check === 'string') return { ok: false, reason: check };
  const { content: checked, problems } = check.validateBundle(check.joinBundle(content, texts.raw));
  const first = problems[0];
  if (first) return { ok: false, reason: `the texts file has ${problems.length} problem${problems.length > 1 ? 's' : ''}, first: ${first.where} ${first.field} ${first.reason}` };
  return { ok: true, texts: check.splitBundle(checked).texts };
}
