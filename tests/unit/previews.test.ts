// @vitest-environment node
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { NO_STATUS_STYLE, STATUS_STYLE, type StatusStyle } from '../../src/components/status-style';
import type { Site } from '../../src/content/schema';
import { DEFAULT_RENDERER, createRenderer, previewJobs, writePreviews, type PreviewResult } from '../../scripts/previews/render';
import { MARKER_AT, PANEL } from '../../scripts/previews/layout';
import { textWidth, type FontName } from '../../scripts/previews/fonts';
import { readCompiledContent } from '../../scripts/compiled-content';

const CONTENT = 'public/content';
const GEO = 'public/geo';
const content = readCompiledContent(CONTENT) as unknown as { sites: Site[]; events: { id: string }[]; analyses: { id: string }[] };

/** The files the content calls for, derived here from content.json rather than from the generator. */
const expected = [
  'home.png',
  ...content.sites.map((s) => `sites/${s.id}.png`),
  ...content.events.map((e) => `events/${e.id}.png`),
  ...content.analyses.map((a) => `analyses/${a.id}.png`),
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/icon-maskable-512.png',
].sort();

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const i = (png.width * y + x) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
}

const near = (a: [number, number, number], b: [number, number, number]) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 3);

/** A site's style on the card: its last status period's, as the app draws the site today. */
function expectedStyle(site: Site): StatusStyle {
  const last = site.status[site.status.length - 1];
  return last ? STATUS_STYLE[last.status] : NO_STATUS_STYLE;
}

/** Every line of text in the card's panel, with the font it is set in. */
function panelTexts(svg: string): { x: number; text: string; font: FontName; size: number }[] {
  const out: { x: number; text: string; font: FontName; size: number }[] = [];
  for (const m of svg.matchAll(/<text x="([\d.]+)"[^>]*font-weight="(\d+)"( font-stretch="condensed")? font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const x = Number(m[1]);
    if (x >= PANEL) continue;
    const font: FontName = m[2] === '400' ? 'regular' : m[3] ? 'condensedBold' : 'bold';
    const spacing = /letter-spacing="([\d.]+)"/.exec(m[0])?.[1];
    const text = (m[5] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    out.push({ x: x + (spacing ? Number(spacing) * [...text].length : 0), text, font, size: Number(m[4]) });
  }
  return out;
}

describe('scripts/previews: social preview cards and icons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-previews-'));
  const cacheDir = join(dir, 'cache');
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  let firstRun: PreviewResult[] = [];
  let secondRun: PreviewResult[] = [];

  beforeAll(async () => {
    firstRun = await writePreviews({ contentDir: CONTENT, geoDir: GEO, outDir: first, cacheDir });
    secondRun = await writePreviews({ contentDir: CONTENT, geoDir: GEO, outDir: second, cacheDir });
  }, 60_000);

  it('writes a card for the home view and every site, event and analysis, and the three icons, all rendered afresh', () => {
    expect(firstRun.map((r) => r.file).sort()).toEqual(expected);
    expect(firstRun.every((r) => !r.cached)).toBe(true);
  });

  it('writes valid PNGs: cards at 1200×630, icons at their size', () => {
    for (const file of expected) {
      const png = PNG.sync.read(readFileSync(join(first, file)));
      const size = /icon-(?:maskable-)?(\d+)/.exec(file)?.[1];
      expect([png.width, png.height], file).toEqual(size ? [Number(size), Number(size)] : [1200, 630]);
    }
  });

  it("draws each site at the map's centre in its current status colour, solid or hollow as the app does", () => {
    const [cx, cy] = MARKER_AT;
    for (const site of content.sites) {
      const style = expectedStyle(site);
      const png = PNG.sync.read(readFileSync(join(first, `sites/${site.id}.png`)));
      let coloured = 0;
      for (let y = cy - 30; y <= cy + 30; y++) for (let x = cx - 30; x <= cx + 30; x++) if (near(pixel(png, x, y), rgb(style.colour))) coloured++;
      expect(coloured, `${site.id}: pixels of ${style.colour} around the marker`).toBeGreaterThan(60);
      // A hollow marker is white inside its coloured ring; a solid one is coloured through.
      expect(near(pixel(png, cx, cy), style.hollow ? [255, 255, 255] : rgb(style.colour)), `${site.id} centre`).toBe(true);
    }
  });

  it('copies everything from the cache on a second run, byte for byte', () => {
    expect(secondRun.map((r) => r.file).sort()).toEqual(expected);
    expect(secondRun.filter((r) => !r.cached).map((r) => r.file)).toEqual([]);
    for (const file of expected) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  });

  it('renders the same bytes again without the cache (deterministic)', async () => {
    const jobs = previewJobs({ contentDir: CONTENT, geoDir: GEO }).filter((j) => j.file === 'home.png' || j.file.startsWith('sites/'));
    const renderer = await createRenderer(DEFAULT_RENDERER);
    for (const job of jobs) expect(Buffer.from(renderer.render(job.svg)).equals(readFileSync(join(first, job.file))), job.file).toBe(true);
  }, 30_000);

  it('keeps long, awkward names inside the card: wrapped or ellipsised, with XML escaped', async () => {
    const odd = join(dir, 'odd-content');
    mkdirSync(odd, { recursive: true });
    // A content.json with its own events list (read with those, as the app reads one written by hand).
    const bundle = readCompiledContent(CONTENT) as unknown as { sites: Site[]; events: { title: string }[] };
    const site = bundle.sites[0] as Site;
    site.names = { ...site.names, en: 'The «Very» Long & <Unusually> "Named" Installation of Hmeimim-Jableh-Latakia Governorate, Syrian Arab Republic, Operated Jointly' };
    (bundle.events[0] as { title: string }).title = 'Supercalifragilisticexpialidociousness'.repeat(4);
    writeFileSync(join(odd, 'content.json'), JSON.stringify(bundle));
    const jobs = previewJobs({ contentDir: odd, geoDir: GEO, favicon: 'public/favicon.svg' });
    const real = previewJobs({ contentDir: CONTENT, geoDir: GEO });
    for (const job of [...jobs, ...real].filter((j) => !j.file.startsWith('icons/'))) {
      for (const t of panelTexts(job.svg)) {
        expect(t.x + textWidth(t.text, { font: t.font, size: t.size }), `${job.file}: "${t.text}"`).toBeLessThanOrEqual(PANEL - 40);
        expect(t.size, `${job.file}: "${t.text}"`).toBeGreaterThanOrEqual(t.font === 'condensedBold' ? 34 : 20);
      }
    }
    const card = jobs.find((j) => j.file === `sites/${site.id}.png`);
    expect(card?.svg).toContain('&amp;');
    expect(card?.svg).not.toContain('<Unusually>');
    const renderer = await createRenderer(DEFAULT_RENDERER);
    const png = PNG.sync.read(Buffer.from(renderer.render(card?.svg ?? '')));
    expect([png.width, png.height]).toEqual([1200, 630]);
  }, 30_000);
});
