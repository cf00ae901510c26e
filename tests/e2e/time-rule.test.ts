import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildGrid, cellCounts } from '../../src/features/map/event-grid';
import { FRAGMENT, NO_FROM, VERTEX } from '../../src/features/map/events-shader';
import { inTime, type TimeQuery } from '../../src/content/time-rule';
import { launch } from './browser';

/**
 * One table of cases for the time rule (src/content/time-rule.ts), run through every implementation of it: the
 * TypeScript rule, the grouping grid's counts (event-grid.ts) and the events layer's vertex shader
 * (events-shader.ts), compiled and drawn in the real browser's WebGL and read back pixel by pixel.
 * Each case: an event that may have happened from `start` to `end` (day numbers), whether the filters keep it,
 * the time asked, and whether it must be shown (written by hand).
 */
const D = 20_000; // a day in 2024, in the range the content uses
interface Case {
  name: string;
  start: number;
  end: number;
  keep: boolean;
  time: TimeQuery;
  shown: boolean;
}
const CASES: Case[] = [
  { name: 'as of its own day', start: D, end: D, keep: true, time: { date: D, from: null }, shown: true },
  { name: 'as of the day before', start: D, end: D, keep: true, time: { date: D - 1, from: null }, shown: false },
  { name: 'as of long after', start: D, end: D, keep: true, time: { date: D + 900, from: null }, shown: true },
  { name: 'known to the month, as of its first day', start: D, end: D + 29, keep: true, time: { date: D, from: null }, shown: true },
  { name: 'known to the month, as of mid-month', start: D, end: D + 29, keep: true, time: { date: D + 14, from: null }, shown: true },
  { name: 'range ending on its last day', start: D, end: D, keep: true, time: { date: D, from: D }, shown: true },
  { name: 'range starting the day after', start: D, end: D, keep: true, time: { date: D + 10, from: D + 1 }, shown: false },
  { name: 'range ending the day before', start: D, end: D, keep: true, time: { date: D - 1, from: D - 10 }, shown: false },
  { name: 'month-long event reaching into the range', start: D, end: D + 29, keep: true, time: { date: D + 40, from: D + 29 }, shown: true },
  { name: 'month-long event over the day before the range', start: D, end: D + 29, keep: true, time: { date: D + 40, from: D + 30 }, shown: false },
  { name: 'event spanning the whole range', start: D - 100, end: D + 100, keep: true, time: { date: D + 1, from: D }, shown: true },
  { name: 'filtered out, though in time', start: D, end: D, keep: false, time: { date: D, from: null }, shown: false },
  { name: 'filtered out, in a range', start: D, end: D + 5, keep: false, time: { date: D + 5, from: D }, shown: false },
  { name: 'year-long event, range in its last week', start: D, end: D + 365, keep: true, time: { date: D + 400, from: D + 359 }, shown: true },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the time rule, one table for every implementation', () => {
  it('the TypeScript rule', () => {
    for (const c of CASES) expect(c.keep && inTime(c.start, c.end, c.time), c.name).toBe(c.shown);
  });

  it('the grouping grid (counts per cell)', () => {
    for (const c of CASES) {
      const grid = buildGrid(new Float64Array([0.5, 0.5]), Int32Array.of(c.start), Int32Array.of(c.end), c.keep ? null : Uint8Array.of(0), 0.01);
      const count = grid.offset.length > 1 ? (cellCounts(grid, c.time)[0] ?? 0) : 0;
      expect(count === 1, c.name).toBe(c.shown);
    }
  });

  it('the events layer\'s vertex shader, drawn in WebGL and read back', async () => {
    const page = await browser.newPage();
    const drawn = await page.evaluate(
      ({ vertex, fragment, noFrom, cases }) => {
        const canvas = document.createElement('canvas');
        canvas.width = 16;
        canvas.height = 16;
        const gl = canvas.getContext('webgl2', { premultipliedAlpha: true });
        if (!gl) throw new Error('no WebGL2');
        const program = gl.createProgram();
        for (const [type, source] of [[gl.VERTEX_SHADER, vertex], [gl.FRAGMENT_SHADER, fragment]] as const) {
          const shader = gl.createShader(type);
          if (!shader) throw new Error('no shader');
          gl.shaderSource(shader, source);
          gl.compileShader(shader);
          if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? 'compile');
          gl.attachShader(program, shader);
        }
        gl.linkProgram(program);
        if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(program) ?? 'link');
        gl.useProgram(program);
        const u = (name: string) => gl.getUniformLocation(program, name);
        // Identity projection: a point at (0, 0) lands in the middle of the canvas.
        gl.uniformMatrix4fv(u('u_matrix'), false, new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]));
        gl.uniform2f(u('u_px_to_clip'), 2 / 16, -2 / 16);
        gl.uniform1f(u('u_size'), 8);
        gl.uniform3f(u('u_colour'), 0, 0.4, 0.5);
        const attribute = (name: string, size: number, values: number[]) => {
          const buffer = gl.createBuffer();
          gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
          gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(values), gl.STATIC_DRAW);
          const location = gl.getAttribLocation(program, name);
          gl.enableVertexAttribArray(location);
          gl.vertexAttribPointer(location, size, gl.FLOAT, false, 0, 0);
        };
        const out: boolean[] = [];
        const pixel = new Uint8Array(4);
        for (const c of cases) {
          attribute('a_pos', 2, [0, 0]);
          attribute('a_time', 2, [c.start, c.end]);
          attribute('a_offset', 2, [0, 0]);
          attribute('a_on', 1, [c.keep ? 1 : 0]);
          gl.uniform1f(u('u_date'), c.time.date);
          gl.uniform1f(u('u_from'), c.time.from ?? noFrom);
          gl.clearColor(0, 0, 0, 0);
          gl.clear(gl.COLOR_BUFFER_BIT);
          gl.drawArrays(gl.POINTS, 0, 1);
          gl.readPixels(8, 8, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          out.push((pixel[3] ?? 0) > 0);
        }
        return out;
      },
      { vertex: VERTEX, fragment: FRAGMENT, noFrom: NO_FROM, cases: CASES },
    );
    CASES.forEach((c, i) => expect(drawn[i], c.name).toBe(c.shown));
    await page.close();
  });
});
