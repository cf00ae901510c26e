import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/seeded-random.mjs';
import { buildGrid, cellCounts, cellSize, drawsCells, gridLevel } from '../../src/features/map/event-grid';
import { inTime } from '../../src/content/time-rule';

/** Random events (seeded): mercator positions in a small box, some without a place, spans of 0–40 days. */
function events(n: number, seed: number) {
  const random = rng(seed);
  const merc = new Float64Array(2 * n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const placed = random() > 0.02;
    merc[2 * i] = placed ? 0.6 + random() * 0.02 : NaN;
    merc[2 * i + 1] = placed ? 0.4 + random() * 0.015 : NaN;
    start[i] = 16_000 + Math.floor(random() * 3000);
    end[i] = (start[i] ?? 0) + (random() < 0.7 ? 0 : Math.floor(random() * 40));
    mask[i] = random() < 0.6 ? 1 : 0;
  }
  return { merc, start, end, mask };
}

describe('event grid', () => {
  const data = events(5000, 7);
  const size = cellSize(6);

  it.each([
    ['as of a date, no filter', null, 17_200, false],
    ['between two dates, no filter', 17_100, 17_200, false],
    ['between two dates, filtered', 17_150, 17_160, true],
    ['before anything happened', null, 15_000, false],
  ] as const)('counts per cell what a scan of every event finds: %s', (_name, from, date, filtered) => {
    const mask = filtered ? data.mask : null;
    const grid = buildGrid(data.merc, data.start, data.end, mask, size);
    const counts = cellCounts(grid, { date, from });
    // Independently: scan every event, bucket the visible ones by cell, and compare cell by cell via the centres.
    const expected = new Map<string, number>();
    for (let i = 0; i < data.start.length; i++) {
      const x = data.merc[2 * i] ?? NaN;
      const y = data.merc[2 * i + 1] ?? NaN;
      if (Number.isNaN(x) || (mask && mask[i] !== 1)) continue;
      if (!inTime(data.start[i] ?? 0, data.end[i] ?? 0, { date, from })) continue;
      const key = `${Math.floor(x / size)},${Math.floor(y / size)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map<string, number>();
    for (let c = 0; c < counts.length; c++) {
      if ((counts[c] ?? 0) === 0) continue;
      got.set(`${Math.floor((grid.centre[2 * c] ?? 0) / size)},${Math.floor((grid.centre[2 * c + 1] ?? 0) / size)}`, counts[c] ?? 0);
    }
    expect(got).toEqual(expected);
  });

  it('puts each cell’s circle at the mean of its events, inside the cell', () => {
    const grid = buildGrid(data.merc, data.start, data.end, null, size);
    // Independently: the mean position of the placed events of each cell, by scanning them all.
    const sums = new Map<string, { x: number; y: number; n: number }>();
    for (let i = 0; i < data.start.length; i++) {
      const x = data.merc[2 * i] ?? NaN;
      const y = data.merc[2 * i + 1] ?? NaN;
      if (Number.isNaN(x)) continue;
      const key = `${Math.floor(x / size)},${Math.floor(y / size)}`;
      const sum = sums.get(key) ?? { x: 0, y: 0, n: 0 };
      sums.set(key, { x: sum.x + x, y: sum.y + y, n: sum.n + 1 });
    }
    expect(grid.offset.length - 1).toBe(sums.size);
    for (let c = 0; c + 1 < grid.offset.length; c++) {
      const x = grid.centre[2 * c] ?? NaN;
      const y = grid.centre[2 * c + 1] ?? NaN;
      // The centre lies in the cell it is named by, and is the mean of that cell's events.
      const sum = sums.get(`${Math.floor(x / size)},${Math.floor(y / size)}`);
      if (!sum) throw new Error(`cell ${c} has a centre outside every cell with events`);
      expect(x).toBeCloseTo(sum.x / sum.n, 12);
      expect(y).toBeCloseTo(sum.y / sum.n, 12);
      expect((grid.offset[c + 1] ?? 0) - (grid.offset[c] ?? 0)).toBe(sum.n);
    }
  });

  it('draws cells only for many events, zoomed out', () => {
    expect(drawsCells(5.3, 22)).toBe(false);
    expect(drawsCells(5.3, 100_000)).toBe(true);
    expect(drawsCells(12, 100_000)).toBe(false);
    expect(gridLevel(5.9)).toBe(5);
    expect(gridLevel(-1)).toBe(0);
    expect(cellSize(5) * 2).toBeCloseTo(cellSize(4));
  });
});
