import { isGzipped } from './events-file';

/**
 * The events file is stored gzipped (events-file.ts says why); the page inflates it with the browser's own
 * DecompressionStream, once the whole file is in. (Inflating it as it arrives, beside the transfer, was measured and
 * left: it keeps the page's thread busy while the map starts, and the basemap came seconds later; docs/scale.md.)
 * The answer is worded to follow "the events file": its layout, or why there is none.
 */
export type Inflated = { ok: true; buffer: ArrayBuffer } | { ok: false; reason: string };

/** The events file's layout from its bytes as received: the bytes themselves when they are not gzipped. */
export async function inflated(bytes: Uint8Array<ArrayBuffer>): Promise<Inflated> {
  if (!isGzipped(bytes)) return { ok: true, buffer: bytes.buffer };
  if (typeof DecompressionStream !== 'function') {
    return { ok: false, reason: 'cannot be read by this browser, which has no DecompressionStream (browsers from 2023 on have it)' };
  }
  try {
    const body = new Response(bytes).body;
    if (!body) throw new Error('no body');
    return { ok: true, buffer: await new Response(body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() };
  } catch (error) {
    return { ok: false, reason: `is damaged: it could not be decompressed (${error instanceof Error ? error.message : String(error)})` };
  }
}
