import { MercatorCoordinate, type CustomLayerInterface, type CustomRenderMethodInput, type Map as MapLibreMap } from 'maplibre-gl';
import type { EventTable } from '../../content/event-table';
import type { TimeQuery } from '../../content/time-rule';
import { buildGrid, CELL_PX, cellCounts, cellSize, drawsCells, gridLevel, type EventGrid } from './event-grid';
import { markFirstEventsDrawn } from './events-layer';
import { glColour, linkProgram, vertexAttribute } from './gl-program';
import { EVENT_COLOUR } from '../../components/status-style';

/** Circle diameter in CSS pixels for a count: grows with its logarithm (1 event: 6 px, 30: 18 px, 500: 27 px). */
const BASE_PX = 6;
const PX_PER_DOUBLING = 2.4;
/** At most this share of the cell's width, so neighbouring circles never touch. */
const MAX_SHARE = 0.95;

function circlePx(count: number, cellPx: number): number {
  return Math.min(cellPx * MAX_SHARE, BASE_PX + PX_PER_DOUBLING * Math.log2(count));
}

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_cell_px;
uniform float u_dpr;
in vec2 a_pos;
in float a_count;
out float v_edge;
void main() {
  if (a_count < 0.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    v_edge = 0.0;
    return;
  }
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  // circlePx() below, in device pixels.
  float size = min(u_cell_px * ${MAX_SHARE.toFixed(3)}, (${BASE_PX.toFixed(3)} + ${PX_PER_DOUBLING.toFixed(3)} * log2(a_count)) * u_dpr);
  gl_PointSize = size;
  v_edge = 1.5 / size;
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec3 u_colour;
in float v_edge;
out vec4 fragColor;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  if (r2 > 1.0) discard;
  float r = sqrt(r2);
  float edge = clamp((1.0 - r) / v_edge, 0.0, 1.0);
  vec3 col = r > 1.0 - 2.0 * v_edge ? vec3(1.0) : u_colour;
  fragColor = vec4(col, 1.0) * (edge * 0.72);
}`;

/** Counts shown: of which grid, for which time; `version` goes up each time they are recomputed. */
interface CellCounts {
  grid: EventGrid;
  time: TimeQuery;
  counts: Float32Array;
  version: number;
}

export interface DrawnCell {
  count: number;
  lngLat: [number, number];
  /** Screen position (CSS pixels) and radius of the circle. */
  x: number;
  y: number;
  radius: number;
}

/**
 * Many events, zoomed out: one circle per grid cell (event-grid.ts), sized by how many of its events the time and
 * the filters show. A time step is two binary searches per cell and one small buffer upload, whatever the number
 * of events. Below GRID_ABOVE_EVENTS events or from GRID_BELOW_ZOOM in, it draws nothing and the dots layer
 * (events-layer.ts) draws every event.
 */
export class EventCellsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private posBuffer: WebGLBuffer | null = null;
  private countBuffer: WebGLBuffer | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private grids = new Map<number, EventGrid>();
  private keep: Uint8Array | null = null;
  private time: TimeQuery = { date: 0, from: null };
  private counted: CellCounts | null = null;
  /** What the GPU buffers hold: the centres of this grid, and the counts of this version. */
  private uploaded: { grid: EventGrid | null; version: number } = { grid: null, version: -1 };

  constructor(id: string, private readonly table: EventTable, private readonly merc: Float64Array) {
    this.id = id;
  }

  /** Grouping can be turned off (the benchmark does, to measure the dots at the same view). */
  grouping = true;

  /** Whether cells, not dots, are drawn at the map's zoom. */
  active(): boolean {
    return this.grouping && this.map !== null && drawsCells(this.map.getZoom(), this.table.events.length);
  }

  private grid(zoom: number): EventGrid {
    const level = gridLevel(zoom);
    let grid = this.grids.get(level);
    if (!grid) {
      grid = buildGrid(this.merc, this.table.start, this.table.end, this.keep, cellSize(level));
      this.grids.set(level, grid);
    }
    return grid;
  }

  /** The counts of a grid for the current time (computed once per grid and time). */
  private countsOf(grid: EventGrid): CellCounts {
    const c = this.counted;
    if (c && c.grid === grid && c.time === this.time) return c;
    const reuse = c && c.counts.length === grid.offset.length - 1 ? c.counts : undefined;
    this.counted = { grid, time: this.time, counts: cellCounts(grid, this.time, reuse), version: (c?.version ?? 0) + 1 };
    return this.counted;
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.program = linkProgram(gl, 'event cells', VERTEX, FRAGMENT);
    for (const u of ['u_matrix', 'u_cell_px', 'u_dpr', 'u_colour']) this.uniforms[u] = gl.getUniformLocation(this.program, u);
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    this.posBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.posBuffer);
    vertexAttribute(gl, this.program, 'a_pos', 2, gl.FLOAT, 8);
    this.countBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.countBuffer);
    vertexAttribute(gl, this.program, 'a_count', 1, gl.FLOAT, 4);
    gl.bindVertexArray(null);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteBuffer(this.posBuffer);
    gl.deleteBuffer(this.countBuffer);
    gl.deleteVertexArray(this.vao);
    gl.deleteProgram(this.program);
    this.map = null;
    this.uploaded = { grid: null, version: -1 };
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const map = this.map;
    if (!map || !this.program || !this.active()) return;
    const zoom = map.getZoom();
    const grid = this.grid(zoom);
    const { counts, version } = this.countsOf(grid);
    markFirstEventsDrawn();
    gl.bindVertexArray(this.vao);
    // Buffers change only with the zoom level, the filters or the time: panning uploads nothing.
    if (grid !== this.uploaded.grid) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.posBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(grid.centre), gl.STATIC_DRAW);
    }
    if (grid !== this.uploaded.grid || version !== this.uploaded.version) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.countBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, counts, gl.DYNAMIC_DRAW);
    }
    this.uploaded = { grid, version };
    const canvas = gl.canvas as HTMLCanvasElement;
    const dpr = canvas.width / Math.max(1, canvas.clientWidth);
    gl.useProgram(this.program);
    gl.uniformMatrix4fv(this.uniforms.u_matrix ?? null, false, new Float32Array(args.defaultProjectionData.mainMatrix));
    gl.uniform1f(this.uniforms.u_cell_px ?? null, CELL_PX * 2 ** (zoom - gridLevel(zoom)) * dpr);
    gl.uniform1f(this.uniforms.u_dpr ?? null, dpr);
    gl.uniform3f(this.uniforms.u_colour ?? null, ...glColour(EVENT_COLOUR));
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.POINTS, 0, counts.length);
    gl.bindVertexArray(null);
  }

  /** Counts for a new time (the view model's effective time): two binary searches per cell, one repaint. */
  setTime(time: TimeQuery): void {
    if (time === this.time) return;
    this.time = time;
    this.map?.triggerRepaint();
  }

  /** The rows the filters keep (null: all): the grids are rebuilt from them. */
  setFilter(keep: Uint8Array | null): void {
    if (keep === this.keep) return;
    this.keep = keep;
    this.grids.clear();
    this.map?.triggerRepaint();
  }

  /**
   * The circles drawn now, on screen (empty when dots are drawn instead); with `near`, only those whose cell lies
   * within a cell's width of that screen point, so hovering projects a handful of circles, not every one.
   */
  drawnCells(near?: { x: number; y: number }): DrawnCell[] {
    const map = this.map;
    if (!map || !this.active()) return [];
    const zoom = map.getZoom();
    const grid = this.grid(zoom);
    const { counts } = this.countsOf(grid);
    const cellPx = CELL_PX * 2 ** (zoom - gridLevel(zoom));
    const at = near ? MercatorCoordinate.fromLngLat(map.unproject([near.x, near.y])) : null;
    const reach = cellPx / (512 * 2 ** zoom);
    const out: DrawnCell[] = [];
    for (let c = 0; c < counts.length; c++) {
      const count = counts[c] ?? 0;
      const x = grid.centre[2 * c] ?? 0;
      const y = grid.centre[2 * c + 1] ?? 0;
      if (count < 1 || (at && (Math.abs(x - at.x) > reach || Math.abs(y - at.y) > reach))) continue;
      const ll = new MercatorCoordinate(x, y).toLngLat();
      const p = map.project(ll);
      out.push({ count, lngLat: [ll.lng, ll.lat], x: p.x, y: p.y, radius: circlePx(count, cellPx) / 2 });
    }
    return out;
  }

  /** The circle under a screen point, if any. */
  pick(point: { x: number; y: number }): DrawnCell | null {
    let best: DrawnCell | null = null;
    let bestD = Infinity;
    for (const cell of this.drawnCells(point)) {
      const d = Math.hypot(cell.x - point.x, cell.y - point.y);
      if (d <= Math.max(cell.radius, 4) && d < bestD) {
        best = cell;
        bestD = d;
      }
    }
    return best;
  }
}
