import { PALETTE } from '../../src/features/map/basemap-style';
import { ellipsise, wrap, type FontName } from './fonts';
import { svgText } from './map';
import type { Rect } from './project';

/**
 * The card: a 1200×630 picture (the Open Graph and Twitter large-card size), the map filling it and a paper-coloured
 * text panel on the left, with the place at the middle of the map part. Text is laid out in blocks stacked and
 * centred in the panel, each measured with the font's metrics so nothing overflows: titles shrink, then wrap,
 * then end with an ellipsis.
 */
export const WIDTH = 1200;
export const HEIGHT = 630;
export const PANEL = 560;
const X0 = 64;
const TEXT_WIDTH = PANEL - X0 - 48;
/** The part of the card where the map shows, and where its subject is drawn (the middle of it). */
export const MAP_VIEW: Rect = [PANEL, 0, WIDTH, HEIGHT];
export const MARKER_AT: [number, number] = [(PANEL + WIDTH) / 2, HEIGHT / 2];

export const INK = '#1f1d1a';
export const MUTED = '#5c564b';

export interface Block {
  height: number;
  /** SVG for the block with its top at y. */
  draw: (y: number) => string;
  /** Space above the block. */
  gap: number;
}

const baseline = (top: number, size: number, lineHeight: number) => top + (lineHeight - size) / 2 + size * 0.8;

/** Lines of text, wrapped to the panel. */
export function textBlock(text: string, opts: { font: FontName; size: number; colour: string; maxLines: number; gap: number; lineHeight?: number; indent?: number; spacing?: number }): Block {
  const lh = opts.lineHeight ?? Math.round(opts.size * 1.25);
  const indent = opts.indent ?? 0;
  const style = { font: opts.font, size: opts.size, spacing: opts.spacing };
  const lines = opts.maxLines === 1 ? [ellipsise(text, style, TEXT_WIDTH - indent)] : wrap(text, style, TEXT_WIDTH - indent, opts.maxLines).lines;
  const extra = opts.spacing ? ` letter-spacing="${opts.spacing}"` : '';
  return {
    height: lines.length * lh,
    gap: opts.gap,
    draw: (y) => lines.map((line, i) => svgText(line, X0 + indent, baseline(y + i * lh, opts.size, lh), opts.font, opts.size, opts.colour, extra)).join(''),
  };
}

/** A title: as large as lets it fit (52 px down to 34 px), ending in an ellipsis only past four lines of 34 px. */
export function titleBlock(text: string, gap: number): Block {
  // The largest size that fits in two lines, else in three; past that, four lines of the smallest size.
  for (const [size, lines] of [[52, 2], [46, 2], [40, 3], [34, 3]] as const) {
    const fit = wrap(text, { font: 'condensedBold', size }, TEXT_WIDTH, lines);
    if (fit.complete) return textBlock(text, { font: 'condensedBold', size, colour: INK, maxLines: lines, gap, lineHeight: Math.round(size * 1.12) });
  }
  return textBlock(text, { font: 'condensedBold', size: 34, colour: INK, maxLines: 4, gap, lineHeight: 38 });
}

/** The small capitals above the title ("NAVAL BASE", "EVENT · DIPLOMACY"). */
export function eyebrowBlock(text: string): Block {
  return textBlock(text.toUpperCase(), { font: 'bold', size: 20, colour: MUTED, maxLines: 1, gap: 0, spacing: 2.2, lineHeight: 26 });
}

/** A line (two at most) with a marker drawn before it: a status diamond, an event dot. */
export function markedLine(text: string, marker: (cx: number, cy: number) => string, opts: { font: FontName; size: number; colour: string; gap: number }): Block {
  const indent = Math.round(opts.size * 1.4);
  const inner = textBlock(text, { ...opts, maxLines: 2, indent });
  const lh = Math.round(opts.size * 1.25);
  return { ...inner, draw: (y) => marker(X0 + indent / 2 - 4, y + lh / 2) + inner.draw(y) };
}

/** Stacks the blocks centred in the panel above the wordmark. */
export function stack(blocks: Block[]): string {
  const top = 44;
  const bottom = HEIGHT - 118;
  const total = blocks.reduce((h, b, i) => h + b.height + (i === 0 ? 0 : b.gap), 0);
  let y = top + Math.max(0, (bottom - top - total) / 2);
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) y += b.gap;
    out.push(b.draw(y));
    y += b.height;
  });
  return out.join('');
}

/** The favicon's drawing (public/favicon.svg), reused as the wordmark's mark. */
function logo(faviconSvg: string, x: number, y: number, size: number): string {
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(faviconSvg)?.[1] ?? '';
  const viewBox = /viewBox="([^"]+)"/.exec(faviconSvg)?.[1] ?? '0 0 32 32';
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="${viewBox}">${inner}</svg>`;
}

/** The panel: paper, a coloured edge, a soft shadow over the map, and the wordmark at its foot. */
export function panel(accent: string, content: string, favicon: string): string {
  const mark = logo(favicon, X0, HEIGHT - 92, 40);
  return [
    '<defs><linearGradient id="shade" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#2f2d29" stop-opacity="0.22"/><stop offset="1" stop-color="#2f2d29" stop-opacity="0"/></linearGradient></defs>',
    `<rect x="${PANEL}" y="0" width="14" height="${HEIGHT}" fill="url(#shade)"/>`,
    `<rect x="0" y="0" width="${PANEL}" height="${HEIGHT}" fill="${PALETTE.halo}"/>`,
    `<rect x="${PANEL - 1}" y="0" width="1" height="${HEIGHT}" fill="#d8d0bf"/>`,
    `<rect x="0" y="0" width="12" height="${HEIGHT}" fill="${accent}"/>`,
    content,
    `<rect x="${X0}" y="${HEIGHT - 118}" width="${TEXT_WIDTH}" height="1.5" fill="#e2dccf"/>`,
    mark,
    svgText('Analysis Atlas', X0 + 54, HEIGHT - 62, 'bold', 26, INK),
  ].join('');
}

/** The data's attribution, small in the map's corner (GeoNames asks for it). */
export const ATTRIBUTION_BOX: Rect = [WIDTH - 200, HEIGHT - 34, WIDTH, HEIGHT];
export function attribution(): string {
  return svgText('Natural Earth · GeoNames', WIDTH - 14, HEIGHT - 14, 'regular', 14, MUTED, ` text-anchor="end" stroke="${PALETTE.halo}" stroke-width="3" paint-order="stroke" stroke-linejoin="round"`);
}

export function svgDocument(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`;
}
