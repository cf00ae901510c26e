import type { Feature, Point, Position } from 'geojson';
import { DETAIL_MINZOOM, PALETTE } from '../../src/features/map/basemap-style';
import { EVENT_COLOUR, SELECTION_COLOUR, type StatusStyle } from '../../src/components/status-style';
import { FONT_FAMILY, textWidth, type FontName } from './fonts';
import { clipExtent, linePath, polygonPath, projector, type Basemap, type Frame, type Rect } from './project';

/**
 * The map part of a card, drawn like the app's basemap (src/features/map/basemap-style.ts) and markers
 * (content-layers.ts, marker-images.ts). A card is seen smaller than the map usually is, so lines and labels are
 * drawn a little heavier than at the same zoom in the app.
 */
const LINE = 1.5;
const LABEL = 1.6;

export type Marker =
  | { kind: 'site'; point: Position; style: StatusStyle; size: number; selected?: boolean }
  | { kind: 'event'; point: Position; size: number; selected?: boolean };

export interface MapSpec {
  frame: Frame;
  markers: Marker[];
  /** Areas (outer rings and holes), drawn as the app draws them: a faint fill and a dashed outline. */
  areas?: Position[][][];
  /** Places on the picture that labels must keep clear of (the text card). */
  avoid: Rect[];
}

const interp = (zoom: number, z0: number, v0: number, z1: number, v1: number) => v0 + ((v1 - v0) * Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0))));

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** An SVG text element in one of the card fonts. */
export function svgText(text: string, x: number, y: number, font: FontName, size: number, fill: string, extra = ''): string {
  const f = FONT_FAMILY[font];
  const stretch = f.stretch === 'normal' ? '' : ` font-stretch="${f.stretch}"`;
  return `<text x="${r1(x)}" y="${r1(y)}" font-family="${f.family}" font-weight="${f.weight}"${stretch} font-size="${size}" fill="${fill}"${extra}>${escapeXml(text)}</text>`;
}

const r1 = (v: number) => String(Math.round(v * 10) / 10);

/** The app's site marker: a diamond with a thin white halo, solid or hollow (a coloured ring round white). */
export function diamond(x: number, y: number, radius: number, style: StatusStyle): string {
  const d = (r: number) => `M${r1(x)} ${r1(y - r)}L${r1(x + r)} ${r1(y)}L${r1(x)} ${r1(y + r)}L${r1(x - r)} ${r1(y)}Z`;
  const halo = radius * 0.12;
  const ring = radius * 0.3;
  const parts = [`<path d="${d(radius)}" fill="#ffffff"/>`, `<path d="${d(radius - halo)}" fill="${style.colour}"/>`];
  if (style.hollow) parts.push(`<path d="${d(radius - halo - ring)}" fill="#ffffff"/>`);
  return parts.join('');
}

/** The app's event marker: a round dot with a white halo. */
export function eventDot(x: number, y: number, radius: number): string {
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(radius)}" fill="#ffffff"/><circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(radius * 0.78)}" fill="${EVENT_COLOUR}"/>`;
}

function ring(x: number, y: number, radius: number): string {
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(radius)}" fill="none" stroke="#ffffff" stroke-width="8" stroke-opacity="0.85"/><circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(radius)}" fill="none" stroke="${SELECTION_COLOUR}" stroke-width="4"/>`;
}

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

interface Label {
  text: string;
  x: number;
  y: number;
  size: number;
  font: FontName;
  colour: string;
  spacing: number;
  anchor: 'start' | 'middle' | 'end';
}

function labelSvg(l: Label): string {
  const halo = ` stroke="${PALETTE.halo}" stroke-width="${r1(l.size * 0.24)}" stroke-linejoin="round" paint-order="stroke"`;
  const anchor = l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`;
  const spacing = l.spacing ? ` letter-spacing="${r1(l.spacing)}"` : '';
  return svgText(l.text, l.x, l.y, l.font, l.size, l.colour, `${halo}${anchor}${spacing}`);
}

/**
 * City dots and labels, then country names, each placed only where it collides with nothing placed before. A city
 * under a marker (Moscow under the Kremlin) is named beside the marker instead; a city whose name finds no room is
 * left out, dot and all.
 */
function labels(places: Feature<Point>[], frame: Frame, project: (p: Position) => [number, number], view: Rect, taken: Rect[], markers: Rect[]): string {
  const out: string[] = [];
  const cityRank = frame.zoom < 4 ? 1 : frame.zoom < 6 ? 2 : 3;
  const countryRank = frame.zoom < 3 ? 1 : frame.zoom < 4.5 ? 2 : frame.zoom < 7 ? 3 : 4;
  const free = (r: Rect) => r[0] >= view[0] && r[2] <= view[2] && r[1] >= view[1] && r[3] <= view[3] && !taken.some((t) => overlaps(t, r));
  for (const place of places) {
    const p = place.properties ?? {};
    if (p['kind'] !== 'city' || Number(p['rank']) > cityRank) continue;
    const [x, y] = project(place.geometry.coordinates);
    const capital = p['capital'] === true;
    const dot = (capital ? 3.2 : 2.4) * LINE + 1.5;
    const dotBox: Rect = [x - dot - 2, y - dot - 2, x + dot + 2, y + dot + 2];
    const under = markers.find((m) => overlaps(m, dotBox));
    if (!under && !free(dotBox)) continue;
    const size = Math.round((capital ? 13 : 11.5) * LABEL);
    const name = String(p['name']);
    const w = textWidth(name, { font: 'regular', size });
    // Beside the dot, or beside the marker that covers it.
    const [left, right, cy] = under ? [under[0] - 2, under[2] + 2, (under[1] + under[3]) / 2] : [x - dot - 5, x + dot + 5, y];
    const options: Label[] = [
      { text: name, x: right, y: cy + size * 0.36, size, font: 'regular', colour: PALETTE.cityLabel, spacing: 0, anchor: 'start' },
      { text: name, x: left, y: cy + size * 0.36, size, font: 'regular', colour: PALETTE.cityLabel, spacing: 0, anchor: 'end' },
    ];
    const box = (l: Label): Rect => (l.anchor === 'start' ? [l.x - 2, cy - size * 0.62, l.x + w + 2, cy + size * 0.62] : [l.x - w - 2, cy - size * 0.62, l.x + 2, cy + size * 0.62]);
    const chosen = options.find((l) => free(box(l)));
    if (!chosen) continue;
    taken.push(box(chosen));
    if (!under) {
      taken.push(dotBox);
      out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(dot)}" fill="${PALETTE.cityDot}" stroke="${PALETTE.halo}" stroke-width="1.5"/>`);
    }
    out.push(labelSvg(chosen));
  }
  const countrySize = Math.round(interp(frame.zoom, 3, 10, 7, 14) * LABEL);
  for (const place of places) {
    const p = place.properties ?? {};
    if (p['kind'] !== 'country' || Number(p['rank']) > countryRank) continue;
    const [x, y] = project(place.geometry.coordinates);
    const text = String(p['name']).toUpperCase();
    const spacing = countrySize * 0.12;
    const w = textWidth(text, { font: 'regular', size: countrySize, spacing });
    const box: Rect = [x - w / 2 - 4, y - countrySize * 0.75, x + w / 2 + 4, y + countrySize * 0.45];
    if (!free(box)) continue;
    taken.push(box);
    out.push(labelSvg({ text, x: x + spacing / 2, y: y + countrySize * 0.35, size: countrySize, font: 'regular', colour: PALETTE.countryLabel, spacing, anchor: 'middle' }));
  }
  return out.join('');
}

/** The map as SVG, covering the rectangle `canvas`; `view` is the part not under the card, where labels may go. */
export function mapSvg(basemap: Basemap, spec: MapSpec, canvas: Rect, view: Rect): string {
  const project = projector(spec.frame);
  const zoom = spec.frame.zoom;
  const clip: Rect = [canvas[0] - 20, canvas[1] - 20, canvas[2] + 20, canvas[3] + 20];
  const extent = clipExtent(spec.frame, clip);
  const region = zoom >= DETAIL_MINZOOM ? basemap.detail : basemap.overview;
  const countries = [...basemap.world.countries, ...region.countries];
  const land = polygonPath(countries.map((f) => f.geometry), project, clip, extent);
  const syria = polygonPath(region.countries.filter((f) => f.properties?.['name'] === 'Syria').map((f) => f.geometry), project, clip, extent);
  const borders = linePath([...basemap.world.borders, ...region.borders].flatMap((b) => b.coordinates), project, clip, extent);
  const borderWidth = interp(zoom, 3, 0.5, 7, 1.2) * LINE;
  const syriaWidth = interp(zoom, 3, 1, 7, 2.2) * LINE;
  const parts = [
    `<rect x="${canvas[0]}" y="${canvas[1]}" width="${canvas[2] - canvas[0]}" height="${canvas[3] - canvas[1]}" fill="${PALETTE.sea}"/>`,
    // The land's own colour as a hairline stroke closes the sub-pixel gaps left where neighbours were thinned apart.
    `<path d="${land}" fill="${PALETTE.land}" stroke="${PALETTE.land}" stroke-width="1.2" stroke-linejoin="round"/>`,
    syria ? `<path d="${syria}" fill="${PALETTE.syria}"/>` : '',
    borders ? `<path d="${borders}" fill="none" stroke="${PALETTE.border}" stroke-width="${r1(borderWidth)}" stroke-linejoin="round" stroke-linecap="round"/>` : '',
    syria ? `<path d="${syria}" fill="none" stroke="${PALETTE.syriaOutline}" stroke-opacity="0.85" stroke-width="${r1(syriaWidth)}" stroke-linejoin="round"/>` : '',
  ];
  for (const area of spec.areas ?? []) {
    const d = polygonPath([{ type: 'Polygon', coordinates: area }], project, clip, extent);
    parts.push(`<path d="${d}" fill="#1d3557" fill-opacity="0.08" stroke="#1d3557" stroke-opacity="0.7" stroke-width="2.5" stroke-dasharray="9 6"/>`);
  }
  const boxes: Rect[] = [];
  const markers: string[] = [];
  for (const m of spec.markers) {
    const [x, y] = project(m.point);
    const reach = m.selected ? m.size * 1.6 : m.size;
    boxes.push([x - reach - 4, y - reach - 4, x + reach + 4, y + reach + 4]);
    if (m.selected) markers.push(ring(x, y, m.size * 1.5));
    markers.push(m.kind === 'site' ? diamond(x, y, m.size, m.style) : eventDot(x, y, m.size));
  }
  parts.push(labels(basemap.places, spec.frame, project, view, [...spec.avoid, ...boxes], boxes));
  parts.push(...markers);
  return parts.join('');
}

/** Where a point falls on the picture, for tests and for placing the frame. */
export function pixelOf(frame: Frame, point: Position): [number, number] {
  return projector(frame)(point);
}
