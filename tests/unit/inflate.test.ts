import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflated } from '../../src/content/inflate';

// Not random: a layout with repeats, as the events file's columns have.
const layout = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251);
const stored = new Uint8Array(gzipSync(layout));

describe('the events file inflated in the page (src/content/inflate.ts)', () => {
  it('inflates the stored file to the bytes that were compressed, and takes a plain one as it is', async () => {
    const answer = await inflated(stored);
    expect(answer.ok && new Uint8Array(answer.buffer)).toEqual(layout);
    const plain = await inflated(layout.slice());
    expect(plain.ok && new Uint8Array(plain.buffer)).toEqual(layout);
  });

  it('inflates a file of many pieces, and one whose trailer does not give its size (two gzip members)', async () => {
    // Over 1 MB compressed, so the file goes in in several pieces.
    let x = 1;
    const noisy = Uint8Array.from({ length: 3_000_000 }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
    const big = await inflated(new Uint8Array(gzipSync(noisy, { level: 1 })));
    expect(gzipSync(noisy, { level: 1 }).length).toBeGreaterThan(1 << 20);
    expect(big.ok && Buffer.from(big.buffer).equals(noisy)).toBe(true);
    const twice = new Uint8Array(Buffer.concat([stored, stored]));
    const both = await inflated(twice);
    expect(both.ok && Buffer.from(both.buffer).equals(Buffer.concat([layout, layout]))).toBe(true);
  });

  it('says a cut-short file is damaged', async () => {
    const whole = await inflated(stored.slice(0, stored.length / 2));
    expect(whole.ok === false && whole.reason).toMatch(/^is damaged: it could not be decompressed \(.+\)$/);
  });
});
