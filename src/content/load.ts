import type { ContentProblem } from './problems';
import type { ContentBundle } from './schema';

export type ContentLoad =
  | { ok: true; content: ContentBundle; problems: ContentProblem[] }
  | { ok: false; reason: string };

/** Where the build puts the compiled content (scripts/content-build.ts), relative to the app's base URL. */
export const CONTENT_PATH = 'content/content.json';

/**
 * SHA-256 (hex) of the content.json this bundle was built with, which the build validated (vite.config.ts puts it
 * here); null where there is none, e.g. under the test runner.
 */
export const BUILT_CONTENT_SHA256: string | null = typeof __ATLAS_CONTENT_SHA256__ === 'string' ? __ATLAS_CONTENT_SHA256__ : null;

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
 * 12 KB gzipped) is not even downloaded. Any other file (edited after the build, damaged, or served by the dev
 * server while an analyst edits content) loads the validator and is checked in full.
 */
export async function loadContent(baseUrl: string, fetcher: typeof fetch = fetch, builtSha256: string | null = BUILT_CONTENT_SHA256): Promise<ContentLoad> {
  const url = new URL(CONTENT_PATH, baseUrl).href;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return { ok: false, reason: `the content file could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!response.ok) return { ok: false, reason: `the content file could not be loaded (HTTP ${response.status})` };
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the content file is damaged (it is not valid JSON)' };
  }
  if (builtSha256 !== null && (await sha256Hex(text)) === builtSha256) {
    return { ok: true, content: raw as ContentBundle, problems: [] };
  }
  let validateBundle: typeof import('./validate').validateBundle;
  try {
    ({ validateBundle } = await import('./validate'));
  } catch (error) {
    return { ok: false, reason: `the content checker could not be loaded (${error instanceof Error ? error.message : String(error)})` };
  }
  const { content, problems } = validateBundle(raw);
  if (problems.some((p) => p.where === 'content')) {
    return { ok: false, reason: `the content file is not in the expected shape: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}` };
  }
  return { ok: true, content, problems };
}
