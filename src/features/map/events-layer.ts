import { MercatorCoordinate, type CustomLayerInterface, type CustomRenderMethodInput, type Map as MapLibreMap } from 'maplibre-gl';
import { rowWindow, type EventTable } from '../../content/event-table';
import type { Shown } from '../../content/shown';
import type { EventPositions } from './event-positions';
import { FRAGMENT, NO_FROM, VERTEX } from './events-shader';
import { glColour, linkProgram, vertexAttribute } from './gl-program';
import { PointIndex } from './point-index';
import { EVENT_COLOUR } from '../../components/status-style';

/** Dot diameter in CSS pixels: small when zoomed out over dense data, full size from zoom 8. */
function dotPx(zoom: number): number {
  return 7 + 5 * Math.min(1, Math.max(0, (zoom - 5) / 3));
}
const HIT_PX = 8;

let eventsDrawn = false;
/** Marks (once per page) when events are first drawn, as dots or as grouped circles: the benchmark reads it. */
export function markFirstEventsDrawn(): void {
  // A flag, not a look-up in the performance timeline: this runs every frame, and the timeline holds every request.
  if (eventsDrawn) return;
  eventsDrawn = true;
  performance.mark('atlas:events-first-draw');
}

/**
 * Draws every event as a point in one draw call, with the time filter in the shader: moving the date changes a
 * uniform and repaints, with no tile reload and no data sent to the worker. Picking is done on the CPU with an
 * index of the same points (point-index.ts).
 */
/** How strongly what a passage does not discuss recedes while it is read. */
const DIMMED = 0.35;

export class EventsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffer: WebGLBuffer | null = null;
  private maskBuffer: WebGLBuffer | null = null;
  private keep: Uint8Array | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  /** What is shown now (the view model's answer for the effective time): the shader draws it, picking asks it. */
  private shown: Shown | null = null;
  private readonly points: PointIndex;
  /** Web Mercator x, y of each row (the cells layer groups the same points). */
  readonly merc: Float64Array;
  /**
   * Whether the cells layer (event-cells-layer.ts) draws these events as grouped circles now: then this layer draws
   * and picks nothing. Set by groupWith once that layer exists (only for content with many events).
   */
  private cellsInstead: () => boolean = () => false;

  constructor(
    id: string,
    private readonly table: EventTable,
    private readonly positions: EventPositions,
  ) {
    this.id = id;
    const n = table.events.length;
    this.merc = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const lon = positions.lonLat[2 * i] ?? NaN;
      const lat = positions.lonLat[2 * i + 1] ?? NaN;
      // MapLibre's MercatorCoordinate.fromLngLat (its formula), without an object per event (0.1 s at a million).
      this.merc[2 * i] = Number.isNaN(lon) ? -10 : (180 + lon) / 360;
      this.merc[2 * i + 1] = Number.isNaN(lon) ? -10 : (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
    }
    this.points = new PointIndex(this.merc);
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    const program = linkProgram(gl, 'events', VERTEX, FRAGMENT);
    this.program = program;
    for (const u of ['u_matrix', 'u_date', 'u_from', 'u_px_to_clip', 'u_size', 'u_colour', 'u_fade']) this.uniforms[u] = gl.getUniformLocation(program, u);

    // One interleaved buffer: x, y (mercator), start, end (days), offset x, y (pixels).
    const n = this.table.events.length;
    const data = new Float32Array(n * 6);
    for (let i = 0; i < n; i++) {
      // Each value set on its own: an array per row cost 0.3 s at a million events.
      data[i * 6] = this.merc[2 * i] ?? 0;
      data[i * 6 + 1] = this.merc[2 * i + 1] ?? 0;
      data[i * 6 + 2] = this.table.start[i] ?? 0;
      data[i * 6 + 3] = this.table.end[i] ?? 0;
      data[i * 6 + 4] = this.positions.offset[2 * i] ?? 0;
      data[i * 6 + 5] = this.positions.offset[2 * i + 1] ?? 0;
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
    gl.bufferData(gl.ARRAY_BUFFER, this.keep ?? new Uint8Array(n).fill(1), gl.DYNAMIC_DRAW);
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
    const time = this.shown?.time;
    if (!this.program || !time || this.table.events.length === 0 || this.cellsInstead()) return;
    markFirstEventsDrawn();
    const canvas = gl.canvas as HTMLCanvasElement;
    const dpr = canvas.width / Math.max(1, canvas.clientWidth);
    gl.useProgram(this.program);
    // mainMatrix takes Web Mercator coordinates in 0..1, as stored in the buffer.
    gl.uniformMatrix4fv(this.uniforms.u_matrix ?? null, false, new Float32Array(args.defaultProjectionData.mainMatrix));
    gl.uniform1f(this.uniforms.u_date ?? null, time.date);
    gl.uniform1f(this.uniforms.u_from ?? null, time.from ?? NO_FROM);
    gl.uniform2f(this.uniforms.u_px_to_clip ?? null, 2 / canvas.clientWidth, -2 / canvas.clientHeight);
    gl.uniform1f(this.uniforms.u_size ?? null, dotPx(this.map?.getZoom() ?? 8) * dpr);
    gl.uniform3f(this.uniforms.u_colour ?? null, ...glColour(EVENT_COLOUR));
    gl.uniform1f(this.uniforms.u_fade ?? null, this.dimmed ? 1 - DIMMED : 0);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vao);
    // The table is sorted by start: only the rows that can fall in the range go through the shader at all.
    const w = rowWindow(this.table, time);
    if (w.upTo > w.lookBack) gl.drawArrays(gl.POINTS, w.lookBack, w.upTo - w.lookBack);
    gl.bindVertexArray(null);
  }

  /** Hands drawing over to the grouped circles whenever `cellsInstead` says so (null: never). */
  groupWith(cellsInstead: (() => boolean) | null): void {
    this.cellsInstead = cellsInstead ?? (() => false);
    this.map?.triggerRepaint();
  }

  /** While a passage is read, events recede (one uniform); its own are ringed by the marks layer above. */
  private dimmed = false;
  setDimmed(dimmed: boolean): void {
    if (dimmed === this.dimmed) return;
    this.dimmed = dimmed;
    this.map?.triggerRepaint();
  }

  /** Shows what the view model says is shown (a new time costs one repaint). */
  show(shown: Shown): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.map?.triggerRepaint();
  }

  /** The rows the filters keep (null: all), one byte each, uploaded when the filters change. */
  setFilter(keep: Uint8Array | null): void {
    if (keep === this.keep) return;
    this.keep = keep;
    const gl = this.gl;
    if (gl && this.maskBuffer) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.maskBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, keep ?? new Uint8Array(this.table.events.length).fill(1), gl.DYNAMIC_DRAW);
    }
    this.map?.triggerRepaint();
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
    for (const i of this.points.range(at.x - r, at.y - r, at.x + r, at.y + r)) {
      if (!this.shown?.has(i)) continue;
      const p = map.project([this.positions.lonLat[2 * i] ?? 0, this.positions.lonLat[2 * i + 1] ?? 0]);
      const d = Math.hypot(p.x + (this.positions.offset[2 * i] ?? 0) - point.x, p.y + (this.positions.offset[2 * i + 1] ?? 0) - point.y);
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }
}
