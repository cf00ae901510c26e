import { type StatusStyle } from '../../components/status-style';

/** Marker bitmaps for the map's symbol layers, drawn from the shared status colours (components/status-style.ts). */

/** Draws a diamond marker as RGBA pixels (at 2× for sharp rendering), for `map.addImage`. */
export function diamondImage(style: StatusStyle, size = 30): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  const [r, g, b] = hex(style.colour);
  const c = (size - 1) / 2;
  const outer = c - 1;
  const ring = 4.5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.abs(x - c) + Math.abs(y - c);
      const i = (y * size + x) * 4;
      const edge = Math.min(1, Math.max(0, outer + 0.5 - d));
      if (edge <= 0) continue;
      const inRing = d > outer - ring;
      const white = d > outer - 1.6; // thin white halo keeps markers readable on any background
      const fill = style.hollow && !inRing ? [255, 255, 255] : white ? [255, 255, 255] : [r, g, b];
      data[i] = fill[0] ?? 255;
      data[i + 1] = fill[1] ?? 255;
      data[i + 2] = fill[2] ?? 255;
      data[i + 3] = Math.round(255 * edge);
    }
  }
  return { width: size, height: size, data };
}

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A round dot (events) or ring (selection, highlight) as RGBA pixels. */
export function roundImage(colour: string, size: number, ring: number | null): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  const [r, g, b] = hex(colour);
  const c = (size - 1) / 2;
  const outer = c - 0.5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      const alpha = Math.min(1, Math.max(0, outer + 0.5 - d)) * (ring === null ? 1 : Math.min(1, Math.max(0, d - (outer - ring) + 0.5)));
      if (alpha <= 0) continue;
      const i = (y * size + x) * 4;
      const halo = ring === null && d > outer - 2.5;
      data[i] = halo ? 255 : r;
      data[i + 1] = halo ? 255 : g;
      data[i + 2] = halo ? 255 : b;
      data[i + 3] = Math.round(255 * alpha);
    }
  }
  return { width: size, height: size, data };
}
