import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './browser';
import { builtContent, colourDistance, expectedShown, hexToRgb, paintedEvents, paintedVersusExpected, type Rgb } from './pixels';
import { NO_STATUS_STYLE, STATUS_STYLE } from '../../src/components/status-style';
import { PNG } from 'pngjs';
import { parseIsoDay } from '../../src/content/dates';
import { eventPosition } from '../../src/content/geojson';
import { statusOnDate } from '../../src/content/status-on-date';
import type { EventFilters } from '../../src/content/filters';
import type { TimeQuery } from '../../src/content/time-rule';

const content = builtContent();
const eventIds = content.events.map((e) => e.id);
const NONE: EventFilters = { kinds: [], actors: [], analyses: [] };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await openPage(context, path);
  await waitForMapIdle(page);
  return { page, problems, context };
}

/** The map paints exactly what the time and filters show, by the content (judged from its pixels); returns the judgement. */
async function expectPainted(page: Page, time: TimeQuery, filters: EventFilters) {
  const result = paintedVersusExpected(await paintedEvents(page, eventIds, 8), expectedShown(content, time, filters));
  expect(result.wrong).toEqual([]);
  return result;
}
const liveEvents = async (page: Page) => Number((await page.getByTestId('live-count').textContent())?.match(/^([\d,]+) events?/)?.[1]?.replace(/,/g, ''));

/** Haversine on the mean Earth radius, written here independently of the app (which uses turf). */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('find, filter, measure, languages, take-away', () => {
  it.each(['Hmeimim', 'Khmeimim', 'حميميم', 'Хмеймим'])('search finds Khmeimim as “%s” and selects it', async (alias) => {
    const { page, context } = await open('/');
    const box = page.getByRole('combobox', { name: 'Search places, sites, events and analyses' });
    await box.fill(alias);
    const first = page.getByRole('option').first();
    expect(await first.textContent()).toBe('Khmeimim Air Base');
    await box.press('Enter');
    await page.waitForURL(/\/sites\/khmeimim/);
    await expect.poll(() => page.locator('aside.panel h2').first().textContent()).toBe('Khmeimim Air Base');
    await context.close();
  });

  it('↓ then Enter takes the highlighted result, the first, as the ARIA combobox pattern says', async () => {
    // A basemap place whose name is near another's (the bug: "Latakia", ↓, Enter flew to Latvia).
    const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { features: { properties: { name: string; kind: string }; geometry: { coordinates: [number, number] } }[] };
    const latakia = places.features.find((f) => f.properties.name === 'Latakia');
    if (!latakia) throw new Error('places.json has no Latakia');
    const { page, context } = await open('/');
    const box = page.getByRole('combobox', { name: 'Search places, sites, events and analyses' });
    // With several results, ↓ highlights the first (none is highlighted before), and ↓ ↑ come back to it.
    const site = content.sites.find((s) => content.sites.some((o) => o !== s && o.names.en.split(/\W+/).some((w) => w.length > 4 && s.names.en.includes(w))));
    if (site) {
      const word = site.names.en.split(/\W+/).find((w) => w.length > 4 && content.sites.some((o) => o !== site && o.names.en.includes(w))) ?? '';
      await box.fill(word);
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
      expect(await page.locator('[role="option"][aria-selected="true"]').count()).toBe(0);
      await box.press('ArrowDown');
      expect(await page.locator('[role="option"][aria-selected="true"]').textContent()).toBe(await page.getByRole('option').first().textContent());
      await box.press('ArrowDown');
      await box.press('ArrowUp');
      expect(await page.locator('[role="option"][aria-selected="true"]').textContent()).toBe(await page.getByRole('option').first().textContent());
    }
    await box.fill('Latakia');
    await box.press('ArrowDown');
    const highlighted = page.locator('[role="option"][aria-selected="true"]');
    expect(await highlighted.textContent()).toBe(await page.getByRole('option').first().textContent());
    expect(await page.getByRole('option').allTextContents()).not.toContain('Latvia');
    await box.press('Enter');
    const [lon, lat] = latakia.geometry.coordinates;
    await expect.poll(() => {
      const m = /#map=[\d.]+\/(-?[\d.]+)\/(-?[\d.]+)/.exec(page.url());
      return m ? Math.hypot(Number(m[1]) - lat, Number(m[2]) - lon) : Infinity;
    }, { timeout: 20_000 }).toBeLessThan(0.05);
    await context.close();
  });

  it('finds the events at a site by the site’s name in another language', async () => {
    const site = content.sites.find((s) => s.names.ar && (content.events.some((e) => 'site' in e.place && e.place.site === s.id)));
    if (!site?.names.ar) throw new Error('the content has no site with an Arabic name and events');
    const titles = content.events.filter((e) => 'site' in e.place && e.place.site === site.id).map((e) => e.title);
    const { page, context } = await open('/');
    const box = page.getByRole('combobox', { name: 'Search places, sites, events and analyses' });
    await box.fill(site.names.ar);
    const events = page.getByRole('group', { name: 'Events' }).getByRole('option');
    await expect.poll(() => events.count()).toBeGreaterThan(0);
    for (const t of await events.allTextContents()) expect(titles).toContain(t);
    await context.close();
  });

  it('a filter changes the events the map paints and the live line counts, and the URL carries it', async () => {
    const time = { date: parseIsoDay('2026-01-28') ?? NaN, from: null };
    const attacks: EventFilters = { ...NONE, kinds: ['attack'] };
    const { page, context } = await open('/?date=2026-01-28#map=6.3/35/37.5');
    const unfiltered = await expectPainted(page, time, NONE);
    expect(await liveEvents(page)).toBe(expectedShown(content, time).size);
    await page.locator('details.filters summary').click();
    // The box is checked as soon as the click is handled, not a frame later when the URL has caught up.
    const checkedAtOnce = await page.getByRole('checkbox', { name: /^Attack/ }).evaluate((box) => {
      (box as HTMLInputElement).click();
      return (box as HTMLInputElement).checked;
    });
    expect(checkedAtOnce).toBe(true);
    await page.waitForURL(/kinds=attack/);
    const filtered = await expectPainted(page, time, attacks);
    // The filter hides events the map painted before: at least one judged event went from painted to not.
    expect(filtered.shown).toBeLessThan(unfiltered.shown);
    await expect.poll(() => liveEvents(page)).toBe(expectedShown(content, time, attacks).size);
    // A fresh page from the same link keeps the filter.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search + '#map=6.3/35/37.5');
    await expectPainted(again.page, time, attacks);
    await again.context.close();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((u) => !u.search.includes('kinds='));
    expect((await expectPainted(page, time, NONE)).shown).toBe(unfiltered.shown);
    // The reader opened the filters; resetting them leaves the group open and every box unchecked.
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Attack/ }).isChecked()).toBe(false);
    await context.close();
  });

  it('between two dates, the map paints exactly the events of the range, and nothing before its start', async () => {
    const time = { date: parseIsoDay('2025-06-01') ?? NaN, from: parseIsoDay('2024-12-08') ?? NaN };
    const { page, context } = await open('/?date=2025-06-01&from=2024-12-08#map=6.3/35/37.5');
    const between = await expectPainted(page, time, NONE);
    // Events both before the range (hidden) and inside it (painted) were judged.
    expect(between.shown).toBeGreaterThan(2);
    expect(between.hidden).toBeGreaterThan(2);
    expect(await liveEvents(page)).toBe(expectedShown(content, time).size);
    await context.close();
  });

  it('measures Khmeimim to the Tartus naval facility, correct to 1 km, on the map and in the URL', async () => {
    const { page, context } = await open('/sites/khmeimim');
    await page.getByRole('combobox', { name: /Distance to/ }).selectOption('tartus-naval-facility');
    await page.waitForURL(/measure=khmeimim%2Ctartus-naval-facility|measure=khmeimim,tartus-naval-facility/);
    const text = (await page.getByTestId('distance').textContent()) ?? '';
    const shown = Number(/([\d.,]+) km/.exec(text)?.[1]?.replace(/,/g, ''));
    const expected = haversineKm([35.945, 35.4117], [35.875, 34.915]);
    expect(Math.abs(shown - expected)).toBeLessThanOrEqual(1);
    await waitForMapIdle(page);
    const line = await page.evaluate(() => window.__atlasMap?.queryRenderedFeatures({ layers: ['atlas-measure-line'] }).length ?? 0);
    expect(line).toBeGreaterThan(0);
    await context.close();
  });

  /** The events a range ring around a site lists: shown at the time under the filters, within the radius, from the content. */
  function expectedInRing(siteId: string, km: number, time: TimeQuery, filters: EventFilters): number {
    const site = content.sites.find((s) => s.id === siteId);
    if (!site) throw new Error(siteId);
    const shown = expectedShown(content, time, filters);
    return content.events.filter((e) => {
      const at = eventPosition(e, content);
      return shown.has(e.id) && at !== null && haversineKm([...site.coordinates], at) <= km;
    }).length;
  }
  const within = async (page: Page) => Number((await page.getByTestId('within').textContent())?.match(/: ([\d,]+)$/)?.[1]?.replace(/,/g, ''));

  it.each([
    ['no filter', NONE, ''],
    ['attacks only', { ...NONE, kinds: ['attack'] }, '&kinds=attack'],
    ['diplomacy and agreements, Russia', { ...NONE, kinds: ['diplomacy', 'agreement'], actors: ['russia'] }, '&kinds=diplomacy,agreement&actors=russia'],
  ] as const)('counts exactly the events a range ring holds at the time and under the filters (%s)', async (_name, filters, query) => {
    for (const [km, date] of [[300, '2025-06-01'], [5000, '2026-01-28']] as const) {
      const time = { date: parseIsoDay(date) ?? NaN, from: null };
      const { page, context } = await open(`/sites/khmeimim?date=${date}&ring=${km}${query}`);
      await page.getByTestId('within').waitFor();
      expect(await within(page), `${km} km, ${date}`).toBe(expectedInRing('khmeimim', km, time, filters));
      // A ring wider than every event's distance holds exactly what the live line counts.
      if (km === 5000) expect(await within(page)).toBe(await liveEvents(page));
      await context.close();
    }
  });

  it('isolates names in other scripts inside the Arabic interface, and lists them with the Arabic comma', async () => {
    const site = content.sites.find((s) => (s.names.aliases?.length ?? 0) > 1 && s.names.ru);
    if (!site?.names.ru || !site.names.aliases) throw new Error('the content has no site with aliases and a Russian name');
    const { page, context } = await open(`/sites/${site.id}?lang=ar&date=2025-06-01`);
    const aliases = page.getByTestId('aliases');
    await aliases.waitFor();
    expect(await aliases.locator('bdi').allTextContents()).toEqual(site.names.aliases);
    expect(await aliases.textContent()).toContain(site.names.aliases.slice(0, 2).join('، '));
    // The Russian and English names, each in its own isolate (their guillemets and order kept).
    expect(await page.locator('.names bdi[lang="ru"]').textContent()).toBe(site.names.ru);
    expect(await page.locator('.names bdi[lang="en"]').textContent()).toBe(site.names.en);
    await context.close();
  });

  it('isolates English titles and Latin names in the Arabic lists, the off-map hint and the hover label', async () => {
    const { page, context } = await open('/?lang=ar&date=2025-06-01');
    const list = page.locator('.visible-list');
    await list.waitFor();
    // Every event in the list is named inside its own isolate (its Latin words keep their order in the Arabic line).
    const titles = await list.locator('li a').evaluateAll((links) => links.map((a) => [a.textContent, a.querySelector('bdi')?.textContent ?? null]));
    expect(titles.length).toBeGreaterThan(0);
    for (const [text, isolated] of titles) expect(isolated, text ?? '').toBe(text);
    const hint = page.getByRole('note').getByRole('button');
    if ((await hint.count()) > 0) expect(await hint.first().locator('bdi').count()).toBe(1);
    await context.close();
  });

  it('renders the Arabic interface right to left, with Arabic labels on the map', async () => {
    const { page, context } = await open('/?lang=ar&date=2025-06-01');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.locator('aside.panel h2').first().textContent()).toBe('الوجود الروسي في سوريا كما تصفه التحليلات');
    // Arabic punctuation in the counts: the Arabic comma, not the Latin one.
    const live = (await page.getByTestId('live-count').textContent()) ?? '';
    expect(live).toContain('، ');
    expect(live).not.toContain(', ');
    const labels = await page.evaluate(() => {
      const m = window.__atlasMap;
      return { field: JSON.stringify(m?.getLayoutProperty('city-labels', 'text-field')), arabicCities: (m?.queryRenderedFeatures({ layers: ['city-labels'] }) ?? []).filter((f) => f.properties.name_ar).map((f) => f.properties.name_ar as string) };
    });
    expect(labels.field).toContain('name_ar');
    expect(labels.arabicCities).toEqual(expect.arrayContaining(['حلب', 'بغداد']));
    // The panel sits on the left and the timeline runs right to left: its start is at the right edge.
    const panel = await page.locator('aside.panel').boundingBox();
    expect(panel?.x).toBe(0);
    const handle = await page.getByRole('slider').first().boundingBox();
    const track = await page.locator('.timeline__track').boundingBox();
    if (!handle || !track) throw new Error('no timeline');
    await page.getByRole('slider').first().focus();
    await page.keyboard.press('Home');
    await page.waitForURL(/date=2015-08-01/);
    const atStart = await page.getByRole('slider').first().boundingBox();
    expect((atStart?.x ?? 0) + (atStart?.width ?? 0) / 2).toBeGreaterThan(track.x + track.width - 20);
    await page.screenshot({ path: 'tests/e2e/artifacts/arabic.png' });
    await context.close();
  });

  it('downloads a map image that says what it shows: title and date above the map, legend, credits and link below', async () => {
    const date = parseIsoDay('2025-06-01') ?? NaN;
    const { page, context } = await open('/?date=2025-06-01#map=6.3/35/37.5');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('.maplibregl-canvas');
      return c instanceof HTMLCanvasElement ? { width: c.width, height: c.height } : null;
    });
    if (!canvas) throw new Error('no map canvas');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map image (PNG)' }).click()]);
    expect(download.suggestedFilename()).toBe('analysis-atlas_2025-06-01.png');
    const png = PNG.sync.read(readFileSync(await download.path()));
    await download.saveAs('tests/e2e/artifacts/map-image.png');
    expect(png.width).toBe(canvas.width);
    const extra = png.height - canvas.height;
    expect(extra).toBeGreaterThan(80);
    const near = (rgb: Rgb, y0: number, y1: number) => {
      for (let y = y0; y < y1; y++) for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (colourDistance([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0], rgb) < 12) return true;
      }
      return false;
    };
    // The legend (in the footer, which is at least half of what is added): every status a site has on that date.
    const statuses = new Set(content.sites.map((s) => statusOnDate(s, date)?.period.status ?? null));
    for (const status of statuses) {
      const colour = status === null ? NO_STATUS_STYLE.colour : STATUS_STYLE[status].colour;
      expect(near(hexToRgb(colour), png.height - Math.floor(extra / 2), png.height), status ?? 'no status').toBe(true);
    }
    // Above the map, the title and the date: dark text on the paper.
    expect(near(hexToRgb('#24221e'), 0, 40)).toBe(true);
    await context.close();
  });

  it('downloads GeoJSON and CSV with exactly what is shown: the sites standing and the events of the time and filters', async () => {
    const time = { date: parseIsoDay('2025-06-01') ?? NaN, from: null };
    const filters: EventFilters = { ...NONE, kinds: ['diplomacy', 'attack'] };
    const { page, context } = await open('/?date=2025-06-01&kinds=diplomacy,attack#map=6.3/35/37.5');
    await expectPainted(page, time, filters);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
    // File names with the ISO date, nothing a file system or a mail client would mangle.
    expect(download.suggestedFilename()).toBe('analysis-atlas_2025-06-01.geojson');
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8')) as { features: { properties: { type: string; id: string } }[] };
    const ids = (type: string) => fc.features.filter((f) => f.properties.type === type).map((f) => f.properties.id).sort();
    const events = [...expectedShown(content, time, filters)].sort();
    expect(events.length).toBeGreaterThan(3);
    expect(ids('event')).toEqual(events);
    expect(ids('site')).toEqual(content.sites.filter((s) => s.status.length === 0 || statusOnDate(s, time.date) !== null).map((s) => s.id).sort());
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('analysis-atlas_2025-06-01.csv');
    const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(fc.features.length + 1);
    expect(await page.getByRole('textbox', { name: 'Cite this view' }).inputValue()).toContain(page.url().split('#')[0]);
    await context.close();
  });
});
