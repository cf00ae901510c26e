import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './browser';

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

const drawnEvents = async (page: Page) => {
  await waitForMapIdle(page);
  return page.evaluate(() => (window.__atlas?.drawnEventIds() ?? []).sort());
};
const drawnSites = async (page: Page) => {
  await waitForMapIdle(page);
  // A site is drawn by the icon layer of its status (icons always show; labels may give way to others).
  return page.evaluate(() => {
    const map = window.__atlasMap;
    const layers = (map?.getStyle().layers ?? []).map((l) => l.id).filter((id) => id.startsWith('atlas-site-icons-'));
    const drawn = (map?.queryRenderedFeatures({ layers }) ?? []).filter((f) => f.layer.id === `atlas-site-icons-${String(f.state.status)}`);
    return [...new Set(drawn.map((f) => String(f.properties.id)))].sort();
  });
};

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

  it('a filter reduces the drawn events, and the URL carries it', async () => {
    const { page, context } = await open('/?date=2026-01-28#map=3/45/40');
    const before = await drawnEvents(page);
    await page.locator('details.filters summary').click();
    // The box is checked as soon as the click is handled, not a frame later when the URL has caught up.
    const checkedAtOnce = await page.getByRole('checkbox', { name: /^Attack/ }).evaluate((box) => {
      (box as HTMLInputElement).click();
      return (box as HTMLInputElement).checked;
    });
    expect(checkedAtOnce).toBe(true);
    await page.waitForURL(/kinds=attack/);
    const after = await drawnEvents(page);
    expect(after).toEqual(['khmeimim-attack-2025']);
    expect(before.length).toBeGreaterThan(after.length);
    expect(await page.getByTestId('live-count').textContent()).toMatch(/^1 event, /);
    // A fresh page from the same link keeps the filter.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search + '#map=3/45/40');
    expect(await drawnEvents(again.page)).toEqual(['khmeimim-attack-2025']);
    await again.context.close();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((u) => !u.search.includes('kinds='));
    expect(await drawnEvents(page)).toEqual(before);
    // The reader opened the filters; resetting them leaves the group open and every box unchecked.
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Attack/ }).isChecked()).toBe(false);
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
    // A range ring with the events inside it.
    await page.getByRole('spinbutton', { name: /Range ring/ }).fill('300');
    await page.waitForURL(/ring=300/);
    expect(await page.getByTestId('within').textContent()).toMatch(/Events within 300 km in the time shown: \d+/);
    await context.close();
  });

  it('renders the Arabic interface right to left, with Arabic labels on the map', async () => {
    const { page, context } = await open('/?lang=ar&date=2025-06-01');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.locator('aside.panel h2').first().textContent()).toBe('الوجود الروسي في سوريا كما تصفه التحليلات');
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

  it('downloads GeoJSON with exactly the features drawn', async () => {
    const { page, context } = await open('/?date=2025-06-01&kinds=diplomacy,attack#map=2.6/45/40');
    const events = await drawnEvents(page);
    const sites = await drawnSites(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
    const path = await download.path();
    const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { type: string; id: string } }[] };
    const ids = (type: string) => fc.features.filter((f) => f.properties.type === type).map((f) => f.properties.id).sort();
    expect(events.length).toBeGreaterThan(3);
    expect(ids('event')).toEqual(events);
    expect(ids('site')).toEqual(sites);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(fc.features.length + 1);
    expect(await page.getByRole('textbox', { name: 'Cite this view' }).inputValue()).toContain(page.url().split('#')[0]);
    await context.close();
  });
});
