import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './browser';
import { syntheticArchive } from '../../bench/synthetic-archive';
import { storedEvents as storedEventsOf, type CompiledContent } from '../../scripts/compile-content';
import { readCompiledContent } from '../../scripts/compiled-content';
import type { EventRows } from '../../src/content/event-rows';
import { decodeEvents } from '../../src/content/events-file';
import { parseIsoDay } from '../../src/content/dates';
import type { MapBundle } from '../../src/content/texts';
import { expectedShown } from './pixels';

// 100,000 SYNTHETIC events (bench/synthetic.mjs: seeded, labelled "synthetic" in every id and title), checked and
// compiled as the content build does (bench/synthetic-archive.ts) and served in place of the real content files for
// this file only. The build's hashes are the real content's, so the browser checks these in full, as it would an
// archive edited after the build.
const SYNTHETIC = 100_000;
let files: CompiledContent;
/** The events file as the build stores it: gzipped (src/content/events-file.ts). */
let storedEvents: Buffer;
let content: MapBundle;
let realEvents: number;
let browser: Browser;

beforeAll(async () => {
  realEvents = readCompiledContent().events.length;
  files = syntheticArchive(SYNTHETIC);
  storedEvents = storedEventsOf(files.events);
  content = { ...(JSON.parse(files.content) as Omit<MapBundle, 'events'>), events: (decodeEvents(files.events.slice().buffer) as { ok: true; rows: EventRows }).rows.toArray() };
  browser = await launch();
}, 120_000);

/** Serves the synthetic archive in place of the content files. */
async function serveArchive(context: BrowserContext): Promise<void> {
  await context.route('**/content/content.json', (route) => route.fulfill({ body: files.content, contentType: 'application/json' }));
  await context.route('**/content/events.bin', (route) => route.fulfill({ body: storedEvents, contentType: 'application/octet-stream' }));
  await context.route('**/content/texts.json', (route) => route.fulfill({ body: files.texts, contentType: 'application/json' }));
}
afterAll(async () => {
  await browser.close();
});

async function openWithManyEvents(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveArchive(context);
  const { page } = await openPage(context, path);
  await page.waitForFunction(() => window.__atlas !== undefined, undefined, { timeout: 120_000 });
  // The timeline mounts once the content is in and takes its height from the map: measure after that resize.
  await page.getByRole('slider').first().waitFor();
  await waitForMapIdle(page);
  return { page, context };
}

const liveEvents = async (page: Page) => Number((await page.getByTestId('live-count').textContent())?.match(/^([\d,]+) event/)?.[1]?.replace(/,/g, ''));
/** The circles drawn, with their positions on the page (the hook gives them on the map canvas). */
const cells = (page: Page) =>
  page.evaluate(() => {
    const box = window.__atlasMap?.getCanvas().getBoundingClientRect();
    return (window.__atlas?.drawnCells() ?? []).map((c) => ({ ...c, x: c.x + (box?.left ?? 0), y: c.y + (box?.top ?? 0) }));
  });
const sum = (xs: { count: number }[]) => xs.reduce((a, c) => a + c.count, 0);

describe(`${SYNTHETIC.toLocaleString('en-GB')} synthetic events`, () => {
  it('says how far the load has got (megabytes of the file, then the check, then the preparing) until the timeline is there', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveArchive(context);
    // Every text the timeline's loading line shows, in order, from the first paint.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.timeline--loading .timeline__live')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const { page } = await openPage(context, '/');
    await page.getByRole('slider').first().waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const total = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((Buffer.byteLength(files.content) + storedEvents.byteLength) / 1e6);
    const loading = seen.findIndex((text) => new RegExp(`^Loading the content: [\\d.,]+ of ${total} MB…$`).test(text));
    const checking = seen.indexOf('Checking the content…');
    const preparing = seen.indexOf('Preparing the map and the timeline…');
    expect(loading, seen.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(checking, seen.join(' | ')).toBeGreaterThan(loading);
    expect(preparing, seen.join(' | ')).toBeGreaterThan(checking);
    await context.close();
  });

  it('search finds any of them, the last as well as the first, and says how many match in all', { timeout: 120_000 }, async () => {
    const { page, context } = await openWithManyEvents('/');
    const box = page.getByRole('combobox', { name: 'Search places, sites, events and analyses' });
    const events = page.getByRole('group', { name: 'Events' });
    // The last synthetic event (the search used to stop at the 20,000th).
    await box.fill(`Synthetic event ${SYNTHETIC - 1} `);
    await expect.poll(() => events.getByRole('option').first().textContent(), { timeout: 60_000 }).toBe(`Synthetic event ${SYNTHETIC - 1} (benchmark data)`);
    // A word every synthetic event has: five listed, all counted.
    await box.fill('benchmark');
    await expect.poll(() => page.locator('.search__more').first().textContent(), { timeout: 30_000 }).toContain(`of ${SYNTHETIC.toLocaleString('en-GB')}`);
    await context.close();
  });

  it('zoomed out, groups them into circles whose counts add up to what the timeline says, as it moves', { timeout: 120_000 }, async () => {
    const { page, context } = await openWithManyEvents('/?date=2018-06-01#map=5.3/34.6/39');
    const before = await cells(page);
    expect(before.length).toBeGreaterThan(20);
    // Every event shown in the range is in one circle (the synthetic ones, and the real ones of that time).
    expect(sum(before)).toBe(await liveEvents(page));

    // Move the timeline with the keyboard, a month at a time.
    const slider = page.getByRole('slider').first();
    await slider.focus();
    for (let i = 0; i < 6; i++) await slider.press('PageUp');
    await page.waitForURL(/date=2018-12-01/);
    await waitForMapIdle(page);
    const after = await cells(page);
    expect(sum(after)).toBe(await liveEvents(page));
    expect(sum(after)).toBeGreaterThan(sum(before));

    // The histogram holds every dated event, synthetic and real; its highlighted bars, what is shown at the date.
    const barsTotal = (selector: string) => page.locator(selector).evaluateAll((rects) => rects.reduce((a, r) => a + Number(r.getAttribute('height')), 0));
    expect(await barsTotal('.timeline__histogram:not(.timeline__histogram--shown) rect')).toBe(SYNTHETIC + realEvents);
    expect(await barsTotal('.timeline__histogram--shown rect')).toBe(await liveEvents(page));
    await context.close();
  });

  it('keeps the circles equal to the live count between two dates and under a filter', { timeout: 120_000 }, async () => {
    const { page, context } = await openWithManyEvents('/?date=2018-06-01&from=2018-01-01&kinds=attack#map=5.3/34.6/39');
    const filtered = await cells(page);
    const live = await liveEvents(page);
    expect(sum(filtered)).toBe(live);
    // About one synthetic event in nine is an attack; five months of ten years is about 4 %: a few hundred.
    expect(live).toBeGreaterThan(100);
    expect(live).toBeLessThan(1000);
    // The link carries a filter, so the filters are open; resetting them brings back everything in the range.
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((u) => !u.search.includes('kinds='));
    await waitForMapIdle(page);
    const all = await cells(page);
    expect(sum(all)).toBe(await liveEvents(page));
    expect(sum(all)).toBeGreaterThan(5 * live);
    await context.close();
  });

  it('names the count of a circle on hover, and zooms in towards it on click', { timeout: 120_000 }, async () => {
    const { page, context } = await openWithManyEvents('/?date=2018-06-01#map=5.3/34.6/39');
    // The fullest circle in the middle of the map, clear of the controls, the legend and the off-map hint.
    const middle = (await cells(page)).filter((c) => c.x > 300 && c.x < 800 && c.y > 150 && c.y < 600);
    const biggest = middle.sort((a, b) => b.count - a.count)[0];
    if (!biggest) throw new Error('no circle drawn');
    await page.mouse.move(biggest.x, biggest.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe(`${biggest.count.toLocaleString('en-GB')} events here: click to zoom in`);
    const zoom = await page.evaluate(() => window.__atlasMap?.getZoom() ?? 0);
    await page.mouse.click(biggest.x, biggest.y);
    await expect.poll(() => page.evaluate(() => window.__atlasMap?.getZoom() ?? 0), { timeout: 10_000 }).toBeCloseTo(zoom + 2, 1);
    await context.close();
  });

  it('zoomed in, draws each event as its own dot, and hover and click still find it', { timeout: 120_000 }, async () => {
    const { page, context } = await openWithManyEvents('/?date=2018-06-01#map=10/34.5/38.5');
    expect(await cells(page)).toEqual([]);
    // The synthetic events the time shows, by the content served and the time rule.
    const ids = [...expectedShown(content, { date: parseIsoDay('2018-06-01') ?? NaN, from: null })].filter((id) => id.startsWith('synthetic-'));
    expect(ids.length).toBeGreaterThan(0);
    // An event whose dot is on screen, clear of the map's controls and the legend.
    let target: { id: string; x: number; y: number } | null = null;
    for (const id of ids) {
      const p = await page.evaluate((i) => {
        const at = window.__atlas?.eventPoint(i);
        const box = window.__atlasMap?.getCanvas().getBoundingClientRect();
        return at && box ? { x: at.x + box.left, y: at.y + box.top } : null;
      }, id);
      if (p && p.x > 300 && p.x < 800 && p.y > 150 && p.y < 600) {
        target = { id, ...p };
        break;
      }
    }
    if (!target) throw new Error('no event dot in the middle of the map');
    await page.mouse.move(target.x, target.y);
    const label = await page.locator('.hover-label').textContent();
    expect(label).toMatch(/^Synthetic event \d+ \(benchmark data\)$/);
    await page.mouse.click(target.x, target.y);
    await page.waitForURL(/\/events\/synthetic-/);
    await expect.poll(() => page.locator('aside.panel h2:visible').first().textContent()).toBe(label);
    await context.close();
  });
});
