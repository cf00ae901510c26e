import KDBush from 'kdbush';
import { MercatorCoordinate, type CustomLayerInterface, type CustomRenderMethodInput, type Map as MapLibreMap } from 'maplibre-gl';
import { upperBound, type EventTable } from '../../content/event-table';
import type { EventPositions } from './event-positions';
import { glColour, linkProgram, vertexAttribute } from './gl-program';
import { EVENT_COLOUR } from './marker-style';

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_date;
uniform float u_from;
uniform vec2 u_px_to_clip;
uniform float u_size;
in vec2 a_pos;
in vec2 a_time;
in vec2 a_offset;
in float a_on;
out float v_alpha;
out float v_edge;
void main() {
  // The time filter: events outside [u_from, u_date] are not drawn. Changing the date is one uniform.
  if (a_time.x > u_date || a_time.y < u_from || a_on < 0.5 || isnan(a_pos.x)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    v_alpha = 0.0;
    v_edge = 0.0;
    return;
  }
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += a_offset * u_px_to_clip * p.w;
  gl_Position = p;
  gl_PointSize = u_size;
  v_edge = 1.5 / u_size;
  // Events recede with age: full strength in the last three months, faint after two years.
  float age = u_date - a_time.y;
  v_alpha = clamp(1.0 - 0.7 * (age - 90.0) / 640.0, 0.3, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec3 u_colour;
in float v_alpha;
in float v_edge;
out vec4 fragColor;
void main() {
  // Cheap on a software rasteriser: squared distance, a fixed antialiasing width, no derivatives.
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  if (r2 > 1.0) discard;
  float r = sqrt(r2);
  float edge = clamp((1.0 - r) / v_edge, 0.0, 1.0);
  vec3 col = r > 0.7 ? vec3(1.0) : u_colour;
  fragColor = vec4(col, 1.0) * (edge * v_alpha);
}`;

/** Dot diameter in CSS pixels: small when zoomed out over dense data, full size from zoom 8. */
function dotPx(zoom: number): number {
  return 7 + 5 * Math.min(1, Math.max(0, (zoom - 5) / 3));
}
const HIT_PX = 8;

/** Marks (once per page) when events are first drawn, as dots or as grouped circles: the benchmark reads it. */
export function markFirstEventsDrawn(): void {
  if (performance.getEntriesByName('atlas:events-first-draw').length === 0) performance.mark('atlas:events-first-draw');
}

/**
 * Draws every event as a point in one draw call, with the time filter in the shader: moving the date changes a
 * uniform and repaints, with no tile reload and no data sent to the worker. Picking is done on the CPU with a
 * k-d tree of the same points.
 */
export class EventsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffer: WebGLBuffer | null = null;
  private maskBuffer: WebGLBuffer | null = null;
  private mask: Uint8Array | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private date = 0;
  private from: number | null = null;
  private readonly tree: KDBush;
  /** Web Mercator x, y of each row (the cells layer groups the same points). */
  readonly merc: Float64Array;
  /**
   * `cellsInstead` says whether the cells layer (event-cells-layer.ts) draws these events as grouped circles now:
   * then this layer draws and picks nothing.
   */
  constructor(
    id: string,
    private readonly table: EventTable,
    private readonly positions: EventPositions,
    private readonly cellsInstead: () => boolean = () => false,
  ) {
    this.id = id;
    const n = table.events.length;
    this.merc = new Float64Array(n * 2);
    this.tree = new KDBush(Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const lon = positions.lonLat[2 * i] ?? NaN;
      const lat = positions.lonLat[2 * i + 1] ?? NaN;
      const m = Number.isNaN(lon) ? { x: -10, y: -10 } : MercatorCoordinate.fromLngLat([lon, lat]);
      this.merc[2 * i] = m.x;
      this.merc[2 * i + 1] = m.y;
      this.tree.add(m.x, m.y);
    }
    if (n === 0) this.tree.add(-10, -10);
    this.tree.finish();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    const program = linkProgram(gl, 'events', VERTEX, FRAGMENT);
    this.program = program;
    for (const u of ['u_matrix', 'u_date', 'u_from', 'u_px_to_clip', 'u_size', 'u_colour']) this.uniforms[u] = gl.getUniformLocation(program, u);

    // One interleaved buffer: x, y (mercator), start, end (days), offset x, y (pixels).
    const n = this.table.events.length;
    const data = new Float32Array(n * 6);
    for (let i = 0; i < n; i++) {
      data.set([this.merc[2 * i] ?? 0, this.merc[2 * i + 1] ?? 0, this.table.start[i] ?? 0, this.table.end[i] ?? 0, this.positions.offset[2 * i] ?? 0, this.positions.offset[2 * i + 1] ?? 0], i * 6);
    }
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    this.buffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
    vertexAttribute(gl, program, 'a_pos', 2, gl.FLOAT, 24, 0);
    vertexAttribute(gl, program, 'a_time', 2, gl.FLOAT, 24, 8);
    vertexAttribute(gl, program, 'a_offset', 2, gl.FLOAT, 24, 16);
    // The filter mask: one byte per event, 1 when it passes the filters; changed only when the filters change.
    this.maskBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.maskBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, this.mask ?? new Uint8Array(n).fill(1), gl.DYNAMIC_DRAW);
    vertexAttribute(gl, program, 'a_on', 1, gl.UNSIGNED_BYTE, 1);
    gl.bindVertexArray(null);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteBuffer(this.buffer);
    gl.deleteBuffer(this.maskBuffer);
    gl.deleteVertexArray(this.vao);
    gl.deleteProgram(this.program);
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (!this.program || this.table.events.length === 0 || this.cellsInstead()) return;
    markFirstEventsDrawn();
    const canvas = gl.canvas as HTMLCanvasElement;
    const dpr = canvas.width / Math.max(1, canvas.clientWidth);
    gl.useProgram(this.program);
    // mainMatrix takes Web Mercator coordinates in 0..1, as stored in the buffer.
    gl.uniformMatrix4fv(this.uniforms.u_matrix ?? null, false, new Float32Array(args.defaultProjectionData.mainMatrix));
    gl.uniform1f(this.uniforms.u_date ?? null, this.date);
    gl.uniform1f(this.uniforms.u_from ?? null, this.from ?? -1e9);
    gl.uniform2f(this.uniforms.u_px_to_clip ?? null, 2 / canvas.clientWidth, -2 / canvas.clientHeight);
    gl.uniform1f(this.uniforms.u_size ?? null, dotPx(this.map?.getZoom() ?? 8) * dpr);
    gl.uniform3f(this.uniforms.u_colour ?? null, ...glColour(EVENT_COLOUR));
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vao);
    // The table is sorted by start: only the rows that can fall in the range go through the shader at all.
    const { first, count } = this.drawRange();
    if (count > 0) gl.drawArrays(gl.POINTS, first, count);
    gl.bindVertexArray(null);
  }

  /** Rows [first, first + count) of the table that may be visible: started by the date, and not ended before `from`. */
  private drawRange(): { first: number; count: number } {
    const { start, maxSpan } = this.table;
    const last = upperBound(start, this.date);
    const first = this.from === null ? 0 : Math.min(last, upperBound(start, this.from - 1 - maxSpan));
    return { first, count: last - first };
  }

  /** Shows the events of a new time; costs one repaint. */
  setTime(date: number, from: number | null): void {
    if (date === this.date && from === this.from) return;
    this.date = date;
    this.from = from;
    this.map?.triggerRepaint();
  }

  /** Shows only the events a filter keeps (null: all). */
  setMask(mask: Uint8Array | null): void {
    if (mask === this.mask) return;
    this.mask = mask;
    const gl = this.gl;
    if (gl && this.maskBuffer) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.maskBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, mask ?? new Uint8Array(this.table.events.length).fill(1), gl.DYNAMIC_DRAW);
    }
    this.map?.triggerRepaint();
  }

  private visible(i: number): boolean {
    return (this.mask === null || this.mask[i] === 1) && (this.table.start[i] ?? Infinity) <= this.date && (this.table.end[i] ?? -Infinity) >= (this.from ?? -Infinity);
  }

  /** The index (in table order) of the drawn event under a screen point, or null. */
  pick(point: { x: number; y: number }): number | null {
    const map = this.map;
    if (!map || this.cellsInstead()) return null;
    const world = 512 * 2 ** map.getZoom();
    const at = MercatorCoordinate.fromLngLat(map.unproject([point.x, point.y]));
    const r = (this.positions.maxOffset + HIT_PX) / world;
    let best: number | null = null;
    let bestD = HIT_PX;
    for (const i of this.tree.range(at.x - r, at.y - r, at.x + r, at.y + r)) {
      if (!this.visible(i)) continue;
      const p = map.project([this.positions.lonLat[2 * i] ?? 0, this.positions.lonLat[2 * i + 1] ?? 0]);
      const d = Math.hypot(p.x + (this.positions.offset[2 * i] ?? 0) - point.x, p.y + (this.positions.offset[2 * i + 1] ?? 0) - point.y);
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** Indices of the events drawn in the current view: the shader's filter, applied on the CPU (for tests). */
  drawnIndices(): number[] {
    const map = this.map;
    if (!map) return [];
    const b = map.getBounds();
    const nw = MercatorCoordinate.fromLngLat(b.getNorthWest());
    const se = MercatorCoordinate.fromLngLat(b.getSouthEast());
    return this.tree.range(nw.x, nw.y, se.x, se.y).filter((i) => this.visible(i)).sort((a, c) => a - c);
  }
}
