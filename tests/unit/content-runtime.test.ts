import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { buildIndex } from '../../src/content/content-index';
import { shownCSV, shownGeoJSON } from '../../src/content/export';
import { visibleAt } from '../../src/content/visible';
import { loadContent, loadTexts } from '../../src/content/load';
import { joinBundle, splitBundle, type MapBundle } from '../../src/content/texts';
import type { ContentBundle } from '../../src/content/schema';
import { statusOnDate } from '../../src/content/status-on-date';
import { validateBundle } from '../../src/content/validate';

let compiled: string;
let compiledTexts: string;
let content: ContentBundle;

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-compiled-')), 'content.json');
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-build.ts', '--out', out], { stdio: 'pipe' });
  compiled = readFileSync(out, 'utf8');
  compiledTexts = readFileSync(join(dirname(out), 'texts.json'), 'utf8');
  content = joinBundle(JSON.parse(compiled), JSON.parse(compiledTexts)) as ContentBundle;
});

type Reply = string | [body: string, status: number];
/** A fetch that answers content.json and texts.json, and records what was asked for. */
function serve(files: { content?: Reply; texts?: Reply }) {
  const asked: string[] = [];
  const fetcher = (input: RequestInfo | URL) => {
    const name = String(input).split('/').pop() ?? '';
    asked.push(name);
    const reply: Reply = name === 'content.json' ? (files.content ?? compiled) : name === 'texts.json' ? (files.texts ?? compiledTexts) : ['', 404];
    const [body, status]: [string, number] = typeof reply === 'string' ? [reply, 200] : reply;
    return Promise.resolve(new Response(body, { status }));
  };
  return { fetcher: fetcher as typeof fetch, asked };
}
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const NO_HASHES = { content: null, texts: null };

describe('loading the compiled content in the app', () => {
  it('loads the real content with no problems, checking it with its texts when there is no build hash to go by', async () => {
    const { fetcher, asked } = serve({});
    const r = await loadContent('http://app.test/', fetcher, NO_HASHES);
    expect(r.ok && r.problems).toEqual([]);
    expect(r.ok && r.content.sites.map((s) => s.id)).toEqual(['khmeimim', 'tartus-naval-facility', 'tartus-port', 'qamishli-airport', 'kremlin', 'damascus']);
    expect(r.ok && r.texts?.sources.length).toBe(content.sources.length);
    expect(asked).toEqual(['content.json', 'texts.json']);
  });

  it('takes the files the build validated as they are (same SHA-256), and leaves the texts for later', async () => {
    const { fetcher, asked } = serve({});
    const hashes = { content: sha(compiled), texts: sha(compiledTexts) };
    const trusted = await loadContent('http://app.test/', fetcher, hashes);
    expect(trusted.ok && trusted.problems).toEqual([]);
    expect(trusted.ok && trusted.content).toEqual(splitBundle(validateBundle(content).content).map);
    expect(trusted.ok && trusted.texts).toBe(null);
    expect(asked).toEqual(['content.json']);
    const texts = await loadTexts('http://app.test/', JSON.parse(compiled) as MapBundle, fetcher, hashes);
    expect(texts.ok && texts.texts).toEqual(splitBundle(validateBundle(content).content).texts);
  });

  it('checks in full a file that is not the one the build validated', async () => {
    const edited = compiled.replace('"kind":"airbase"', '"kind":"spaceport"');
    expect(edited).not.toBe(compiled);
    const r = await loadContent('http://app.test/', serve({ content: edited }).fetcher, { content: sha(compiled), texts: sha(compiledTexts) });
    // The site is left out and named; so are the events that point at it.
    const atKhmeimim = content.events.flatMap((e, i) => ('site' in e.place && e.place.site === 'khmeimim' ? [`events[${i}] place.site`] : []));
    expect(atKhmeimim.length).toBeGreaterThan(0);
    expect(r.ok && r.problems.map((p) => `${p.where} ${p.field}`)).toEqual(['sites[0] kind', ...atKhmeimim]);
    expect(r.ok && r.content.sites.map((s) => s.id)).not.toContain('khmeimim');
  });

  it('refuses texts that are not the ones the build validated and do not pass the check, naming the first problem', async () => {
    const edited = compiledTexts.replace('"url":"https://', '"url":"javascript:alert(1)//');
    expect(edited).not.toBe(compiledTexts);
    const r = await loadTexts('http://app.test/', JSON.parse(compiled) as MapBundle, serve({ texts: edited }).fetcher, { content: sha(compiled), texts: sha(compiledTexts) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^the texts file has \d+ problems, first: sources\[\d+\] url must be an http\(s\) URL/);
  });

  it('explains a missing, truncated or mis-shaped file instead of throwing', async () => {
    const load = (files: { content?: Reply; texts?: Reply }) => loadContent('http://app.test/', serve(files).fetcher, NO_HASHES);
    expect(await load({ content: ['not found', 404] })).toEqual({ ok: false, reason: 'the content file could not be loaded (HTTP 404)' });
    expect(await load({ content: compiled.slice(0, compiled.length / 2) })).toEqual({ ok: false, reason: 'the content file is damaged (it is not valid JSON)' });
    expect((await load({ content: '{"sites": 3}' })).ok).toBe(false);
    expect(await load({ texts: ['gone', 404] })).toEqual({ ok: false, reason: 'the texts file could not be loaded (HTTP 404)' });
    const offline = await loadContent('http://app.test/', () => Promise.reject(new TypeError('Failed to fetch')), NO_HASHES);
    expect(offline).toEqual({ ok: false, reason: 'the content file could not be fetched (Failed to fetch)' });
  });

  it('keeps the sound items when one is broken, and names the broken one', () => {
    const broken = structuredClone(content);
    (broken.sites[1] as { coordinates: unknown }).coordinates = 'here';
    const { content: kept, problems } = validateBundle(broken);
    expect(kept.sites.map((s) => s.id)).not.toContain('tartus-naval-facility');
    expect(kept.sites).toHaveLength(5);
    expect(problems.some((p) => p.where === 'sites[1]' && p.field === 'coordinates')).toBe(true);
  });
});

describe('the first article as mapped', () => {
  const status = (id: string, y: number, m: number, d: number) => {
    const site = content.sites.find((s) => s.id === id);
    if (!site) throw new Error(id);
    return statusOnDate(site, dayNumber(y, m, d))?.period.status ?? null;
  };

  it('gives each base the status history the sources describe', () => {
    expect(status('khmeimim', 2020, 1, 1)).toBe('russian-operated');
    expect(status('khmeimim', 2025, 6, 1)).toBe('disputed');
    expect(status('qamishli-airport', 2022, 6, 1)).toBe('russian-presence');
    expect(status('qamishli-airport', 2026, 3, 1)).toBe('withdrawn');
    expect(status('tartus-port', 2024, 6, 1)).toBe('russian-contract');
    expect(status('tartus-port', 2025, 2, 1)).toBe('annulled');
  });

  it('records where sources disagree instead of picking silently', () => {
    const annulment = content.events.find((e) => e.id === 'tartus-port-contract-annulled');
    expect(annulment?.date).toEqual({ from: '2025-01-20', to: '2025-01-24' });
    expect(annulment?.disagreements?.[0]?.about).toBe('date');
    expect(content.events.find((e) => e.id === 'khmeimim-attack-2025')?.disagreements?.map((d) => d.about)).toEqual(['date', 'casualties']);
  });

  it('turns what is shown into GeoJSON points at their places, and CSV rows', () => {
    const index = buildIndex(content);
    const visible = visibleAt({ table: index.table, sites: content.sites }, dayNumber(2025, 6, 1), null);
    const fc = shownGeoJSON(visible, content);
    const byId = new Map(fc.features.map((f) => [f.properties?.id as string, f]));
    expect(byId.get('kremlin')?.geometry.coordinates).toEqual([37.6178, 55.7517]);
    expect(byId.get('qamishli-airport')?.properties?.status).toBe('russian-presence');
    expect(byId.get('khmeimim-attack-2025')?.geometry.coordinates).toEqual([35.945, 35.4117]);
    expect(byId.has('russia-leaves-qamishli')).toBe(false); // January 2026: after the date shown
    const [lon = 0, lat = 0] = byId.get('israel-demands-southern-demilitarisation')?.geometry.coordinates ?? [];
    expect(lon).toBeGreaterThan(35.7);
    expect(lon).toBeLessThan(37.4);
    expect(lat).toBeGreaterThan(32.3);
    expect(lat).toBeLessThan(33.4);
    const csv = shownCSV(fc).trim().split('\r\n');
    expect(csv).toHaveLength(fc.features.length + 1);
    expect(csv[0]).toBe('type,id,name_or_title,kind,date_or_status,longitude,latitude,sources,passages');
  });
});
