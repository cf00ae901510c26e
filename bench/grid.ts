// npm run bench:grid — what grouping events into grid cells costs, outside the browser: building one zoom level's
// grid, and counting every cell for one time step. SYNTHETIC positions and dates (seeded), spread like
// bench/synthetic.mjs over a 6° × 4.5° box in Syria and ten years.
import { buildGrid, cellCounts, cellSize } from '../src/features/map/event-grid';
import { rng } from './seeded-random.mjs';

const random = rng(42);
for (const n of [10_000, 100_000, 1_000_000]) {
  const merc = new Float64Array(2 * n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Mercator x of 36–42°E is 0.600–0.617; y of 32.5–37°N is about 0.395–0.408.
    merc[2 * i] = 0.6 + random() * 0.0167;
    merc[2 * i + 1] = 0.395 + random() * 0.013;
    start[i] = 16_650 + Math.floor(random() * 3_800);
    end[i] = (start[i] ?? 0) + (random() < 0.1 ? 30 : 0);
  }
  for (const level of [5, 7, 9]) {
    let t = performance.now();
    const grid = buildGrid(merc, start, end, null, cellSize(level));
    const build = performance.now() - t;
    const steps = 200;
    t = performance.now();
    for (let k = 0; k < steps; k++) cellCounts(grid, { date: 18_000 + k * 7, from: k % 2 ? 17_000 + k : null });
    const step = (performance.now() - t) / steps;
    console.log(`${n.toLocaleString('en-GB').padStart(9)} events, zoom level ${level}: ${(grid.offset.length - 1).toLocaleString('en-GB').padStart(6)} cells, build ${build.toFixed(1).padStart(6)} ms, counts ${step.toFixed(3)} ms per time step`);
  }
}
