import type { AtlasContent } from './content-index';
import type { EventRows } from './event-rows';
import { decodeEvents, EVENTS_FILE, eventRows } from './events-file';
import { inflated } from './inflate';
import type { ContentProblem } from './problems';
import { TEXTS_FILE, type MapBundle, type Texts } from './texts';

export type ContentLoad =
  | {
      ok: true;
      /** The events are the events file's rows (event-rows.ts), whatever the content came from. */
      content: AtlasContent;
      problems: ContentProblem[];
      /** The reading matter, when it had to be fetched and checked along with the content; else null (fetched later). */
      texts: Texts | null;
    }
  | { ok: false; reason: string };

export type TextsLoad = { ok: true; texts: Texts } | { ok: false; reason: string };

/** Where the build puts the compiled content (scripts/content-build.ts), relative to the app's base URL. */
export const CONTENT_PATH = 'content/content.json';
export const EVENTS_PATH = `content/${EVENTS_FILE}`;
export const TEXTS_PATH = `content/${TEXTS_FILE}`;

/**
 * SHA-256 (hex) of the content.json, events.bin and texts.json this bundle was built with, which the build validated
 * (vite.config.ts puts them here); null where there are none, e.g. under the test runner.
 */
export interface BuiltHashes {
  content: string | null;
  events: string | null;
  texts: string | null;
}
export const BUILT_SHA256: BuiltHashes =
  typeof __ATLAS_CONTENT_SHA256__ === 'object' && __ATLAS_CONTENT_SHA256__ !== null ? __ATLAS_CONTENT_SHA256__ : { content: null, events: null, texts: null };

type Fetched = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: string };
type FetchedJson = { ok: true; bytes: Uint8Array<ArrayBuffer>; raw: unknown } | { ok: false; reason: string };

/**
 * How far a load has got, for large content: the bytes received (of how many, when the server says and the body is
 * not compressed on the way), then the check of a file the build did not produce, then the preparing of the map's
 * tables. A listener may return a promise (the next paint): the load waits for it before a long synchronous stage.
 */
export type LoadProgress = { stage: 'fetching'; received: number; total: number | null } | { stage: 'checking' } | { stage: 'preparing' };
export type OnProgress = (progress: LoadProgress) => void | Promise<void>;

/** The body's bytes, telling `onProgress` the bytes received as they arrive (at most every 100 ms). */
async function readBytes(response: Response, onProgress: OnProgress | undefined): Promise<Uint8Array<ArrayBuffer>> {
  if (!onProgress || !response.body) return new Uint8Array(await response.arrayBuffer());
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const length = Number(response.headers.get('content-length'));
  const total = !encoded && length > 0 ? length : null;
  const reader = response.body.getReader();
  // With the length known, each chunk is copied once into its place; else they are kept and joined at the end.
  const whole = total !== null ? new Uint8Array(total) : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (whole && received + value.byteLength <= whole.byteLength) whole.set(value, received);
    else chunks.push(value);
    received += value.byteLength;
    if (performance.now() - told > 100) {
      told = performance.now();
      void onProgress({ stage: 'fetching', received, total });
    }
  }
  void onProgress({ stage: 'fetching', received, total: total ?? received });
  if (whole && chunks.length === 0 && received === whole.byteLength) return whole;
  if (whole) throw new Error(`the server said ${whole.byteLength} bytes and sent ${received}`);
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Fetches one file; `what` names it in the reasons ("the content file"). */
async function fetchBytes(url: string, fetcher: typeof fetch, what: string, onProgress?: OnProgress): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return { ok: false, reason: `${what} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!response.ok) return { ok: false, reason: `${what} could not be loaded (HTTP ${response.status})` };
  try {
    return { ok: true, bytes: await readBytes(response, onProgress) };
  } catch (error) {
    return { ok: false, reason: `${what} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Fetches and parses one JSON file. */
async function fetchJson(url: string, fetcher: typeof fetch, what: string, onProgress?: OnProgress): Promise<FetchedJson> {
  const file = await fetchBytes(url, fetcher, what, onProgress);
  if (!file.ok) return file;
  try {
    return { ok: true, bytes: file.bytes, raw: JSON.parse(new TextDecoder().decode(file.bytes)) as unknown };
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

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  // Only in secure contexts (https, localhost); elsewhere the content is simply validated in full.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Two files' progress told as one: bytes received from both, of both totals once both are known. */
function together(onProgress: OnProgress | undefined): [OnProgress | undefined, OnProgress | undefined] {
  if (!onProgress) return [undefined, undefined];
  const received = [0, 0];
  const totals: (number | null)[] = [null, null];
  const tell =
    (i: 0 | 1): OnProgress =>
    (p) => {
      if (p.stage !== 'fetching') return onProgress(p);
      received[i] = p.received;
      totals[i] = p.total;
      const [a = null, b = null] = totals;
      return onProgress({ stage: 'fetching', received: (received[0] ?? 0) + (received[1] ?? 0), total: a !== null && b !== null ? a + b : null });
    };
  return [tell(0), tell(1)];
}

const inlineEvents = (raw: unknown): unknown[] | null => {
  const events = raw !== null && typeof raw === 'object' && 'events' in raw ? raw.events : undefined;
  return Array.isArray(events) ? events : null;
};

/**
 * Loads and validates the content once. Items that fail validation are left out and reported in `problems`,
 * so one bad entry does not take the rest of the map down; a missing or unreadable file is a failed load.
 *
 * The build writes content.json (everything the map needs but the events) and events.bin (the events, in columns:
 * events-file.ts), both fetched at once. Those files were validated by the build, against this same schema: when
 * the bytes served are exactly those (same SHA-256), checking them again would find nothing, so the validator (the
 * schema and zod, 11 KB gzipped) is not even downloaded, nor the texts. Any other file (edited after the build,
 * damaged, or served by the dev server while an analyst edits content) loads the validator and the texts, and all
 * are checked together, in full. A content.json with its own `events` list (written by hand) is read with those.
 */
export async function loadContent(baseUrl: string, fetcher: typeof fetch = fetch, built: BuiltHashes = BUILT_SHA256, onProgress?: OnProgress): Promise<ContentLoad> {
  const [toContent, toEvents] = together(onProgress);
  const [content, eventsFile] = await Promise.all([
    fetchJson(new URL(CONTENT_PATH, baseUrl).href, fetcher, 'the content file', toContent),
    fetchBytes(new URL(EVENTS_PATH, baseUrl).href, fetcher, 'the events file', toEvents),
  ]);
  if (!content.ok) return content;
  const inline = inlineEvents(content.raw);
  if (!inline && !eventsFile.ok) return eventsFile;
  const events = !inline && eventsFile.ok ? await inflated(eventsFile.bytes) : null;
  if (events && !events.ok) return { ok: false, reason: `the events file ${events.reason}` };
  const decoded = events ? decodeEvents(events.buffer) : null;
  if (decoded && !decoded.ok) return { ok: false, reason: `the events file is damaged: ${decoded.reason}` };
  const rows = decoded?.rows ?? null;
  if (rows && built.content !== null && built.events !== null && eventsFile.ok) {
    const [contentHash, eventsHash] = await Promise.all([sha256Hex(content.bytes), sha256Hex(eventsFile.bytes)]);
    if (contentHash === built.content && eventsHash === built.events) {
      return { ok: true, content: { ...(content.raw as Omit<MapBundle, 'events'>), events: rows }, problems: [], texts: null };
    }
  }
  await onProgress?.({ stage: 'checking' });
  const texts = await fetchJson(new URL(TEXTS_PATH, baseUrl).href, fetcher, 'the texts file');
  if (!texts.ok) return texts;
  const check = await validator();
  if (typeof check === 'string') return { ok: false, reason: check };
  const raw = rows && content.raw !== null && typeof content.raw === 'object' ? { ...content.raw, events: rows.toArray() } : content.raw;
  const { content: checked, problems } = check.validateBundle(check.joinBundle(raw, texts.raw));
  if (problems.some((p) => p.where === 'content')) {
    return { ok: false, reason: `the content file is not in the expected shape: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}` };
  }
  const { map, texts: checkedTexts } = check.splitBundle(checked);
  // The checked events are the file's rows unless the check left some out; else the rows of those it kept.
  let checkedRows: EventRows;
  try {
    checkedRows = rows && map.events.length === rows.length ? rows : eventRows(map.events);
  } catch (error) {
    return { ok: false, reason: `the content's events could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, content: { ...map, events: checkedRows }, problems, texts: checkedTexts };
}

/**
 * Loads the reading matter for content that was taken as built (see loadContent). The same rule: the exact file
 * the build produced is taken as it is; any other is checked with the content, and refused if any analysis or
 * source in it fails (panels then say the texts are unavailable, and the map goes on).
 */
export async function loadTexts(baseUrl: string, content: AtlasContent, fetcher: typeof fetch = fetch, built: BuiltHashes = BUILT_SHA256): Promise<TextsLoad> {
  const texts = await fetchJson(new URL(TEXTS_PATH, baseUrl).href, fetcher, 'the texts file');
  if (!texts.ok) return texts;
  if (built.texts !== null && (await sha256Hex(texts.bytes)) === built.texts) return { ok: true, texts: texts.raw as Texts };
  const check = await validator();
  if (typeof check === 'string') return { ok: false, reason: check };
  const { content: checked, problems } = check.validateBundle(check.joinBundle({ ...content, events: content.events.toArray() }, texts.raw));
  const first = problems[0];
  if (first) return { ok: false, reason: `the texts file has ${problems.length} problem${problems.length > 1 ? 's' : ''}, first: ${first.where} ${first.field} ${first.reason}` };
  return { ok: true, texts: check.splitBundle(checked).texts };
}
