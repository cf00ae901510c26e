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
    return { ok: true, buffer: await gunzip(bytes) };
  } catch (error) {
    return { ok: false, reason: `is damaged: it could not be decompressed (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The compressed bytes go in in pieces of this size, read out as they are inflated. */
const PIECE = 1 << 20;

/**
 * Inflates gzip bytes into one buffer. Written in 1 MB pieces while the output is read: handing the stream the whole
 * file at once (new Response(bytes).body) took 1.9-2.4 s for a million synthetic events (133 MB) against 0.7-0.9 s
 * in pieces, on the machine of docs/performance.md. The output goes straight into a buffer of the size gzip's trailer
 * gives (the size mod 2^32); where that is not the size (a file of over 4 GB, or several gzip members), the pieces
 * are joined.
 */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const writing = (async () => {
    for (let at = 0; at < bytes.byteLength; at += PIECE) await writer.write(bytes.subarray(at, at + PIECE));
    await writer.close();
  })();
  // A damaged file fails both sides; the reading side's error is the one reported.
  writing.catch(() => undefined);
  const expected = bytes.byteLength >= 18 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - 4, 4).getUint32(0, true) : 0;
  const out = new Uint8Array(expected);
  let filled = 0;
  const more: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (more.length === 0 && filled + value.byteLength <= out.byteLength) {
      out.set(value, filled);
      filled += value.byteLength;
    } else more.push(value);
  }
  await writing;
  if (more.length === 0 && filled === out.byteLength) return out.buffer;
  const whole = new Uint8Array(filled + more.reduce((n, m) => n + m.byteLength, 0));
  whole.set(out.subarray(0, filled));
  let at = filled;
  for (const m of more) {
    whole.set(m, at);
    at += m.byteLength;
  }
  return whole.buffer;
}
