import { upperBound } from '../../content/event-table';
import type { TimeQuery } from '../../content/time-rule';

/**
 * Events gathered into square cells of a grid in Web Mercator space, for drawing many thousands of events zoomed
 * out: one circle per cell instead of one dot per event. Each cell keeps its events' start days and end days, each
 * sorted, so the number of events in a time range is two binary searches per cell, whatever the number of events.
 * Pure: no map, no React (tests/unit/event-grid.test.ts).
 */
export interface EventGrid {
  /** Cell size in mercator units (the world is 0..1). */
  size: number;
  /** Centre of each cell's events (mean mercator x, y), two numbers per cell. */
  centre: Float64Array;
  /** Cell c's events are rows offset[c] .. offset[c + 1] of `starts` and of `ends`. */
  offset: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

import { GRID_ABOVE_EVENTS, GRID_BELOW_ZOOM } from './grouping';

export { GRID_ABOVE_EVENTS, GRID_BELOW_ZOOM };
/** Cell width in screen pixels at the integer zoom a grid is built for (up to twice that just before the next). */
export const CELL_PX = 28;

/** Whether events are drawn as cells at this zoom, given how many events there are to draw. */
export function drawsCells(zoom: number, events: number): boolean {
  return events > GRID_ABOVE_EVENTS && zoom < GRID_BELOW_ZOOM;
}

/** The integer zoom whose grid serves this zoom. */
export function gridLevel(zoom: number): number {
  return Math.max(0, Math.min(GRID_BELOW_ZOOM - 1, Math.floor(zoom)));
}

/** Mercator size of a cell at a grid level: CELL_PX pixels of a 512-pixel world tile at that zoom. */
export function cellSize(level: number): number {
  return CELL_PX / (512 * 2 ** level);
}

/**
 * Builds the grid of one level from event positions (mercator x, y per row; NaN or outside 0..1: no place), their
 * start and end days, and an optional filter mask (1 = kept).
 */
export function buildGrid(merc: Float64Array, start: Int32Array, end: Int32Array, mask: Uint8Array | null, size: number): EventGrid {
  const n = start.length;
  const cellOf = new Int32Array(n).fill(-1);
  const ids = new Map<number, number>();
  const perAxis = Math.ceil(1 / size);
  for (let i = 0; i < n; i++) {
    const x = merc[2 * i] ?? NaN;
    const y = merc[2 * i + 1] ?? NaN;
    if ((mask && mask[i] !== 1) || !(x >= 0 && x <= 1 && y >= 0 && y <= 1)) continue;
    const key = Math.min(perAxis - 1, Math.floor(x / size)) * perAxis + Math.min(perAxis - 1, Math.floor(y / size));
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    cellOf[i] = id;
  }
  const cells = ids.size;
  const offset = new Int32Array(cells + 1);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i] ?? -1;
    if (c >= 0) offset[c + 1] = (offset[c + 1] ?? 0) + 1;
  }
  for (let c = 0; c < cells; c++) offset[c + 1] = (offset[c + 1] ?? 0) + (offset[c] ?? 0);
  const fill = offset.slice(0, cells);
  const total = offset[cells] ?? 0;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const centre = new Float64Array(cells * 2);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i] ?? -1;
    if (c < 0) continue;
    const at = fill[c] ?? 0;
    fill[c] = at + 1;
    starts[at] = start[i] ?? 0;
    ends[at] = end[i] ?? 0;
    centre[2 * c] = (centre[2 * c] ?? 0) + (merc[2 * i] ?? 0);
    centre[2 * c + 1] = (centre[2 * c + 1] ?? 0) + (merc[2 * i + 1] ?? 0);
  }
  for (let c = 0; c < cells; c++) {
    const k = (offset[c + 1] ?? 0) - (offset[c] ?? 0);
    centre[2 * c] = (centre[2 * c] ?? 0) / k;
    centre[2 * c + 1] = (centre[2 * c + 1] ?? 0) / k;
    starts.subarray(offset[c], offset[c + 1]).sort();
    ends.subarray(offset[c], offset[c + 1]).sort();
  }
  return { size, centre, offset, starts, ends };
}

/**
 * Number of events of each cell shown at a time, by the time rule (content/time-rule.ts): begun by `date` and,
 * between two dates, not over before `from` (`from` ≤ `date`). An event over before `from` also began before
 * `date`, so the count is #(start ≤ date) − #(end < from): two binary searches per cell.
 */
export function cellCounts(grid: EventGrid, time: TimeQuery, out: Float32Array = new Float32Array(grid.offset.length - 1)): Float32Array {
  const { date, from } = time;
  for (let c = 0; c < out.length; c++) {
    const lo = grid.offset[c] ?? 0;
    const hi = grid.offset[c + 1] ?? 0;
    const begun = upperBound(grid.starts.subarray(lo, hi), date);
    const ended = from === null ? 0 : upperBound(grid.ends.subarray(lo, hi), from - 1);
    out[c] = Math.max(0, begun - ended);
  }
  return out;
}
