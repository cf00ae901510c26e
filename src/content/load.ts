import type { ContentProblem } from './problems';
import type { ContentBundle } from './schema';
import { validateBundle } from './validate';

export type ContentLoad =
  | { ok: true; content: ContentBundle; problems: ContentProblem[] }
  | { ok: false; reason: string };

/** Where the build puts the compiled content (scripts/content-build.ts), relative to the app's base URL. */
export const CONTENT_PATH = 'content/content.json';

/**
 * Loads and validates the content once. Items that fail validation are left out and reported in `problems`,
 * so one bad entry does not take the rest of the map down; a missing or unreadable file is a failed load.
 */
export async function loadContent(baseUrl: string, fetcher: typeof fetch = fetch): Promise<ContentLoad> {
  const url = new URL(CONTENT_PATH, baseUrl).href;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return { ok: false, reason: `the content file could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!response.ok) return { ok: false, reason: `the content file could not be loaded (HTTP ${response.status})` };
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    return { ok: false, reason: 'the content file is damaged (it is not valid JSON)' };
  }
  const { content, problems } = validateBundle(raw);
  if (problems.some((p) => p.where === 'content')) {
    return { ok: false, reason: `the content file is not in the expected shape: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}` };
  }
  return { ok: true, content, problems };
}
