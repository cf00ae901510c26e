import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/seeded-random.mjs';
import { PointIndex } from '../../src/features/map/point-index';

// Fixture points (not content): 2,000 seeded random points in the unit square, some on a shared grid line.
const random = rng(7);
const n = 2000;
const xy = new Float64Array(n * 2);
for (let i = 0; i < n; i++) {
  xy[2 * i] = i % 10 === 0 ? 0.5 : random();
  xy[2 * i + 1] = random();
}
const boxes: [number, number, number, number][] = [
  [0.1, 0.1, 0.2, 0.3],
  [0.5, 0, 0.5, 1], // a box of zero width: exactly the points on the line
  [0.9, 0.9, 1, 1],
  [2, 2, 3, 3], // nothing there
];
/** What the box holds, by definition. */
const inside = ([x0, y0, x1, y1]: readonly [number, number, number, number]) =>
  Array.from({ length: n }, (_, i) => i).filter((i) => {
    const x = xy[2 * i] ?? NaN;
    const y = xy[2 * i + 1] ?? NaN;
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  });
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('the points under the pointer', () => {
  it('are found before the tree has arrived and after, the same each time', async () => {
    const index = new PointIndex(xy);
    for (const box of boxes) expect(sorted(index.range(...box))).toEqual(inside(box));
    await index.ready();
    for (const box of boxes) expect(sorted(index.range(...box))).toEqual(inside(box));
    expect(inside([0.5, 0, 0.5, 1]).length).toBe(n / 10);
  });

  it('copes with no points at all', async () => {
    const index = new PointIndex(new Float64Array(0));
    expect(index.range(-1, -1, 1, 1)).toEqual([]);
    await index.ready();
    expect(index.range(-100, -100, 100, 100)).toEqual([]);
  });
});
