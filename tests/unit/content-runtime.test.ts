import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dayNumber, parseDateOrRange } from '../../src/content/dates';
import { buildIndex } from '../../src/content/content-index';
import { changeText, shownCSV, shownGeoJSON } from '../../src/content/export';
import { changesBetween, siteChanges } from '../../src/content/changes';
import { areaApplies, shownAt } from '../../src/content/shown';
import { loadContent, loadTexts, type BuiltHashes } from '../../src/content/load';
import { decodeEvents, eventRows } from '../../src/content/events-file';
import { storedEvents as storedEventsOf } from '../../scripts/compile-content';
import { joinBundle, splitBundle } from '../../src/content/bundle-split';
import type { ContentBundle } from '../../src/content/schema';
import { statusOnDate } from '../../src/content/status-on-date';
import { validateBundle } from '../../src/content/validate';

let compiled: string;
/** The events file as the build stores it (gzipped), and its layout inflated. */
let storedEvents: Uint8Array<ArrayBuffer>;
let compiledEvents: Uint8Array<ArrayBuffer>;
let compiledTexts: string;
let content: ContentBundle;
let hashes: BuiltHashes;

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-compiled-')), 'content.json');
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-build.ts', '--out', out], { stdio: 'pipe' });
  compiled = readFileSync(out, 'utf8');
  storedEvents = new Uint8Array(readFileSync(join(dirname(out), 'events.bin')));
  compiledEvents = new Uint8Array(gunzipSync(storedEvents));
  compiledTexts = readFileSync(join(dirname(out), 'texts.json'), 'utf8');
  const events = decodeEvents(compiledEvents.slice().buffer);
  content = joinBundle({ ...(JSON.parse(compiled) as object), events: events.ok ? events.rows.toArray() : [] }, JSON.parse(compiledTexts)) as ContentBundle;
  hashes = { content: sha(compiled), events: sha(storedEvents), texts: sha(compiledTexts) };
});

type Reply = string | Uint8Array<ArrayBuffer> | [body: string, status: number];
/** A fetch that answers content.json, events.bin and texts.json, and records what was asked for. */
function serve(files: { content?: Reply; events?: Reply; texts?: Reply }) {
  const asked: string[] = [];
  const fetcher = (input: RequestInfo | URL) => {
    const name = String(input).split('/').pop() ?? '';
    asked.push(name);
    const reply: Reply =
      name === 'content.json' ? (files.content ?? compiled) : name === 'events.bin' ? (files.events ?? storedEvents) : name === 'texts.json' ? (files.texts ?? compiledTexts) : ['', 404];
    const [body, status]: [string | Uint8Array<ArrayBuffer>, number] = Array.isArray(reply) ? reply : [reply, 200];
    return Promise.resolve(new Response(body, { status }));
  };
  return { fetcher: fetcher as typeof fetch, asked };
}
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const NO_HASHES = { content: null, events: null, texts: null };

describe('loading the compiled content in the app', () => {
  it('loads the real content with no problems, checking it with its texts when there is no build hash to go by', async () => {
    const { fetcher, asked } = serve({});
    const r = await loadContent('http://app.test/', fetcher, NO_HASHES);
    expect(r.ok && r.problems).toEqual([]);
    expect(r.ok && r.content.sites.map((s) => s.id)).toEqual(content.sites.map((s) => s.id));
    expect(r.ok && r.content.events.length).toBe(content.events.length);
    expect(r.ok && r.texts?.sources.length).toBe(content.sources.length);
    expect(asked).toEqual(['content.json', 'events.bin', 'texts.json']);
  });

  it('takes the files the build validated as they are (same SHA-256), and leaves the texts for later', async () => {
    const { fetcher, asked } = serve({});
    const trusted = await loadContent('http://app.test/', fetcher, hashes);
    expect(trusted.ok && trusted.problems).toEqual([]);
    expect(trusted.ok && { ...trusted.content, events: trusted.content.events.toArray() }).toEqual(splitBundle(validateBundle(content).content).map);
    expect(trusted.ok && trusted.texts).toBe(null);
    expect(asked).toEqual(['content.json', 'events.bin']);
    if (!trusted.ok) return;
    const texts = await loadTexts('http://app.test/', trusted.content, fetcher, hashes);
    expect(texts.ok && texts.texts).toEqual(splitBundle(validateBundle(content).content).texts);
  });

  it('stores the events file gzipped, and reads the same events from it as from the file inflated', async () => {
    // gzip's two magic bytes: hosts leave a .bin as it is, so the build compresses it (events-file.ts).
    expect([...storedEvents.slice(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(storedEvents.length).toBeLessThan(compiledEvents.length);
    const stored = await loadContent('http://app.test/', serve({}).fetcher, NO_HASHES);
    const plain = await loadContent('http://app.test/', serve({ events: compiledEvents }).fetcher, NO_HASHES);
    expect(stored.ok && stored.content.events.toArray().map((e) => e.id)).toEqual(content.events.map((e) => e.id));
    const whole = (r: typeof stored) => r.ok && { ...r.content, events: r.content.events.toArray() };
    expect(whole(plain)).toEqual(whole(stored));
  });

  it('checks in full a file that is not the one the build validated', async () => {
    const edited = compiled.replace('"kind":"airbase"', '"kind":"spaceport"');
    expect(edited).not.toBe(compiled);
    const r = await loadContent('http://app.test/', serve({ content: edited }).fetcher, hashes);
    // The first airbase in the file is the one edited: it is left out and named once; the events that point at it are
    // not reported again (one typo, one problem).
    const first = content.sites.findIndex((s) => s.kind === 'airbase');
    const id = content.sites[first]?.id;
    expect(content.events.some((e) => 'site' in e.place && e.place.site === id)).toBe(true);
    expect(r.ok && r.problems.map((p) => `${p.where} ${p.field}`)).toEqual([`sites[${first}] kind`]);
    expect(r.ok && r.content.sites.map((s) => s.id)).not.toContain(id);
  });

  it('checks in full an events file that is not the one the build validated, and reads events written into content.json', async () => {
    const first = content.events[0];
    if (!first) throw new Error('no events');
    // One event's id, edited in the file's strings so that it is no longer a slug: that event is left out, and named.
    const at = Buffer.from(compiledEvents).indexOf(`${first.id}\u0000`);
    expect(at).toBeGreaterThan(0);
    const edited = compiledEvents.slice();
    edited[at] = 'X'.charCodeAt(0);
    // Stored as the build stores it, so the edit is the only difference from the file the build validated.
    const r = await loadContent('http://app.test/', serve({ events: new Uint8Array(storedEventsOf(edited)) }).fetcher, hashes);
    // (Its summary, joined by id, is missing too: both are reported for that one event.)
    expect(r.ok && r.problems.map((p) => p.field)).toContain('id');
    expect(r.ok && new Set(r.problems.map((p) => p.where)).size).toBe(1);
    expect(r.ok && r.content.events.toArray().map((e) => e.id)).not.toContain(first.id);
    expect(r.ok && r.content.events).toHaveLength(content.events.length - 1);
    // A content.json with its own events list (no events file needed) is checked and read as it is.
    const handWritten = JSON.stringify({ ...(JSON.parse(compiled) as object), events: splitBundle(content).map.events.slice(0, 3) });
    const inline = await loadContent('http://app.test/', serve({ content: handWritten, events: ['gone', 404] }).fetcher, hashes);
    expect(inline.ok && inline.content.events.toArray().map((e) => e.id)).toEqual(splitBundle(content).map.events.slice(0, 3).map((e) => e.id));
  });

  it('refuses texts that are not the ones the build validated and do not pass the check, naming the first problem', async () => {
    const edited = compiledTexts.replace('"url":"https://', '"url":"javascript:alert(1)//');
    expect(edited).not.toBe(compiledTexts);
    const { map } = splitBundle(content);
    const r = await loadTexts('http://app.test/', { ...map, events: eventRows(map.events) }, serve({ texts: edited }).fetcher, hashes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^the texts file has \d+ problems?, first: sources\[\d+\] url must be an http\(s\) URL/);
  });

  it('explains a missing, truncated or mis-shaped file instead of throwing', async () => {
    const load = (files: { content?: Reply; events?: Reply; texts?: Reply }) => loadContent('http://app.test/', serve(files).fetcher, NO_HASHES);
    expect(await load({ content: ['not found', 404] })).toEqual({ ok: false, reason: 'the content file could not be loaded (HTTP 404)' });
    expect(await load({ content: compiled.slice(0, compiled.length / 2) })).toEqual({ ok: false, reason: 'the content file is damaged (it is not valid JSON)' });
    expect((await load({ content: '{"sites": 3}' })).ok).toBe(false);
    expect(await load({ texts: ['gone', 404] })).toEqual({ ok: false, reason: 'the texts file could not be loaded (HTTP 404)' });
    expect(await load({ events: ['gone', 404] })).toEqual({ ok: false, reason: 'the events file could not be loaded (HTTP 404)' });
    expect(await load({ events: storedEvents.slice(0, storedEvents.length / 2) })).toEqual({ ok: false, reason: expect.stringMatching(/^the events file is damaged: it could not be decompressed \(.+\)$/) as unknown });
    expect(await load({ events: compiledEvents.slice(0, compiledEvents.length / 2) })).toEqual({ ok: false, reason: expect.stringMatching(/^the events file is damaged: its column "\w+" is damaged/) as unknown });
    expect(await load({ events: '<!doctype html>' })).toEqual({ ok: false, reason: 'the events file is damaged: it is not an events file' });
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      expect(await load({})).toEqual({ ok: false, reason: expect.stringMatching(/^the events file cannot be read by this browser, which has no DecompressionStream/) as unknown });
    } finally {
      vi.unstubAllGlobals();
    }
    const offline = await loadContent('http://app.test/', () => Promise.reject(new TypeError('Failed to fetch')), NO_HASHES);
    expect(offline).toEqual({ ok: false, reason: 'the content file could not be fetched (Failed to fetch)' });
  });

  it('keeps the sound items when one is broken, and names the broken one', () => {
    const broken = structuredClone(content);
    (broken.sites[1] as { coordinates: unknown }).coordinates = 'here';
    const { content: kept, problems } = validateBundle(broken);
    expect(kept.sites.map((s) => s.id)).not.toContain(content.sites[1]?.id);
    expect(kept.sites).toHaveLength(content.sites.length - 1);
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
    expect(annulment?.date).toBe('2025-01-20');
    expect(annulment?.disagreements?.map((d) => d.about)).toEqual(['the date', 'the outcome']);
    expect(content.events.find((e) => e.id === 'khmeimim-attack-2025')?.disagreements?.map((d) => d.about)).toEqual(['the date', 'the casualties', 'who attacked']);
  });

  it('turns what is shown into GeoJSON points at their places, and CSV rows', () => {
    const index = buildIndex(content);
    const date = dayNumber(2025, 6, 1);
    const fc = shownGeoJSON(shownAt({ table: index.table, sites: content.sites, areas: content.areas }, { date, from: null }, null), content);
    const byId = new Map(fc.features.map((f) => [f.properties?.id as string, f]));
    // Expected, from the content itself: the sites standing on the date, the events begun by it.
    const sites = content.sites.filter((s) => s.status.length === 0 || statusOnDate(s, date) !== null);
    const events = content.events.filter((e) => (parseDateOrRange(e.date)?.start ?? Infinity) <= date);
    expect(fc.features.filter((f) => f.properties?.type === 'site').map((f) => f.properties?.id).sort()).toEqual(sites.map((s) => s.id).sort());
    expect(fc.features.filter((f) => f.properties?.type === 'event').map((f) => f.properties?.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const s of sites) {
      expect(byId.get(s.id)?.geometry.coordinates).toEqual([...s.coordinates]);
      expect(byId.get(s.id)?.properties?.status).toBe(statusOnDate(s, date)?.period.status ?? null);
    }
    // An event at a site is placed on the site; one with its own point, there; one over an area, inside its outline.
    for (const e of events) {
      const at = byId.get(e.id)?.geometry.coordinates;
      if ('site' in e.place) expect(at).toEqual([...(index.sites.get(e.place.site)?.coordinates ?? [])]);
      else if ('coordinates' in e.place) expect(at).toEqual([...e.place.coordinates]);
      else {
        const ring = index.areas.get(e.place.area)?.polygon[0] ?? [];
        const [lon = NaN, lat = NaN] = at ?? [];
        expect(lon).toBeGreaterThanOrEqual(Math.min(...ring.map((p) => p[0])));
        expect(lon).toBeLessThanOrEqual(Math.max(...ring.map((p) => p[0])));
        expect(lat).toBeGreaterThanOrEqual(Math.min(...ring.map((p) => p[1])));
        expect(lat).toBeLessThanOrEqual(Math.max(...ring.map((p) => p[1])));
      }
    }
    // The areas that apply on the date, as their outlines.
    const areas = content.areas.filter((a) => areaApplies(a, date));
    expect(fc.features.filter((f) => f.properties?.type === 'area').map((f) => f.properties?.id).sort()).toEqual(areas.map((a) => a.id).sort());
    for (const a of areas) expect(byId.get(a.id)?.geometry).toEqual({ type: 'Polygon', coordinates: a.polygon });
    const csv = shownCSV(fc).trim().split('\r\n');
    expect(csv).toHaveLength(fc.features.length + 1);
    expect(csv[0]).toBe('type,id,name_or_title,kind,date_or_status,longitude,latitude,actors,sources,passages,change');
    // Each row's actors are the item's own: an event's, or the actors of the site's period on the date.
    const actorsColumn = csv[0]?.split(',').indexOf('actors') ?? -1;
    for (const [i, f] of fc.features.entries()) {
      const id = f.properties?.id as string;
      const expected = f.properties?.type === 'event' ? index.events.get(id)?.actors : (statusOnDate(content.sites.find((s) => s.id === id) ?? { status: [] }, date)?.period.actors ?? []);
      expect(csv[i + 1]?.split('","')[actorsColumn]?.replace(/^"|"$/g, ''), id).toBe((expected ?? []).join(' '));
    }
  });

  it('carries what changed between two dates into both files: each changed site with its change, ended ones included', () => {
    const index = buildIndex(content);
    const to = index.table.start.at(-1) ?? 0;
    const from = index.table.start[0] ?? 0;
    const shown = shownAt({ table: index.table, sites: content.sites, areas: content.areas }, { date: to, from }, null);
    const changes = changesBetween(content.sites, shown);
    const expected = siteChanges(content.sites, from, to);
    expect(expected.length).toBeGreaterThan(0);
    const fc = shownGeoJSON(shown, content, changes);
    const changed = new Map(fc.features.filter((f) => f.properties?.change !== undefined).map((f) => [f.properties?.id as string, f.properties?.change as string]));
    expect([...changed.keys()].sort()).toEqual(expected.map((c) => c.site.id).sort());
    for (const c of expected) expect(changed.get(c.site.id)).toBe(changeText(c));
    const csv = shownCSV(fc);
    for (const c of expected) expect(csv).toContain(`"${changeText(c)}"`);
  });
});

describe('the synthetic events the benchmark and the scale tests serve', () => {
  it('pass the same checks as real content, so a benchmark never measures an empty map', async () => {
    const { withSyntheticEvents } = await import('../../bench/synthetic.mjs');
    const synthetic = withSyntheticEvents(content, 500);
    const result = validateBundle(synthetic);
    expect(result.problems).toEqual([]);
    expect(result.content.events.length).toBe(synthetic.events.length);
    expect(synthetic.events.length).toBe(content.events.length + 500);
  });
});
