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

  it('says a cut-short file is damaged', async () => {
    const whole = await inflated(stored.slice(0, stored.length / 2));
    expect(whole.ok === false && whole.reason).toMatch(/^is damaged: it could not be decompressed \(.+\)$/);
  });
});
