import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/**
 * The fonts the cards use: only the DejaVu files bundled with the `dejavu-fonts-ttf` package, so a card renders the
 * same on every machine. Text is measured from the fonts' own advance widths (read from the TTF tables below); kerning
 * is ignored, which only ever overestimates a width, so text measured to fit does fit.
 */
export type FontName = 'regular' | 'bold' | 'condensedBold';

/** How SVG selects each font (resvg's font database files the condensed face under its typographic family). */
export const FONT_FAMILY: Record<FontName, { family: string; weight: number; stretch: 'normal' | 'condensed' }> = {
  regular: { family: 'DejaVu Sans', weight: 400, stretch: 'normal' },
  bold: { family: 'DejaVu Sans', weight: 700, stretch: 'normal' },
  condensedBold: { family: 'DejaVu Sans', weight: 700, stretch: 'condensed' },
};

const FILES: Record<FontName, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
};

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Absolute paths of the font files, in a fixed order. */
export const FONT_FILES: readonly string[] = (Object.keys(FILES) as FontName[]).map((f) => join(FONT_DIR, FILES[f]));
/** The file names alone: part of every cache key (a different font gives a different image). */
export const FONT_FILE_NAMES: readonly string[] = FONT_FILES.map((f) => basename(f));

interface Metrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
}

function parseTtf(buf: Buffer): Metrics {
  const tables = new Map<string, number>();
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = buf.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = buf.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number): number => buf.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(buf, table('cmap'));
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance: (cp) => {
      let a = cache.get(cp);
      if (a === undefined) {
        a = glyphAdvance(glyphOf(cp));
        cache.set(cp, a);
      }
      return a;
    },
  };
}

/** Maps a code point to a glyph id through the Unicode cmap subtable (format 12 preferred, else format 4). */
function cmapLookup(buf: Buffer, cmap: number): (cp: number) => number {
  const count = buf.readUInt16BE(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = cmap + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = sub;
    if (format === 4) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = buf.readUInt32BE(format12 + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const at = format12 + 16 + 12 * g;
        const start = buf.readUInt32BE(at);
        if (cp >= start && cp <= buf.readUInt32BE(at + 4)) return buf.readUInt32BE(at + 8) + cp - start;
      }
      return 0;
    };
  }
  if (format4 < 0) throw new Error('font has no Unicode cmap');
  const segs = buf.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const offsets = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segs; s++) {
      if (cp > buf.readUInt16BE(ends + 2 * s)) continue;
      const start = buf.readUInt16BE(starts + 2 * s);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + 2 * s);
      const offset = buf.readUInt16BE(offsets + 2 * s);
      if (offset === 0) return (cp + delta) & 0xffff;
      const glyph = buf.readUInt16BE(offsets + 2 * s + offset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

const metrics = new Map<FontName, Metrics>();
function metricsOf(font: FontName): Metrics {
  let m = metrics.get(font);
  if (!m) {
    m = parseTtf(readFileSync(join(FONT_DIR, FILES[font])));
    metrics.set(font, m);
  }
  return m;
}

export interface TextStyle {
  font: FontName;
  size: number;
  /** Extra space after each character, in pixels (SVG letter-spacing). */
  spacing?: number;
}

/** The width of a line of text in pixels. */
export function textWidth(text: string, style: TextStyle): number {
  const m = metricsOf(style.font);
  let units = 0;
  let chars = 0;
  for (const ch of text) {
    units += m.advance(ch.codePointAt(0) ?? 0);
    chars++;
  }
  return (units / m.unitsPerEm) * style.size + chars * (style.spacing ?? 0);
}

const ELLIPSIS = '…';

/** Shortens a line to fit, ending it with an ellipsis (after a whole word where one fits). */
export function ellipsise(text: string, style: TextStyle, maxWidth: number): string {
  if (textWidth(text, style) <= maxWidth) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && textWidth(chars.slice(0, n).join('').trimEnd() + ELLIPSIS, style) > maxWidth) n--;
  const cut = chars.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  const word = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return word.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
}

/**
 * Wraps text into at most maxLines lines no wider than maxWidth. A word too long for a line is broken; text beyond
 * the last line is cut and the last line ends with an ellipsis. `complete` says whether everything fitted.
 */
export function wrap(text: string, style: TextStyle, maxWidth: number, maxLines: number): { lines: string[]; complete: boolean } {
  const words = text.split(/\s+/u).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, style) <= maxWidth;
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      // A single word wider than the line: break it where it stops fitting.
      const chars = [...word];
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
      lines.push(chars.slice(0, n).join(''));
      word = chars.slice(n).join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = ellipsise(rest, style, maxWidth);
  return { lines: kept, complete: false };
}
