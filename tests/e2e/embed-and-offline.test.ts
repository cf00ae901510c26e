import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { staticHost, type StaticHost } from './static-host';
import { readCompiledContent } from '../../scripts/compiled-content';

// Embeds in another site's page, and the service worker, on the production build (dist/) served by a plain static
// host with the headers docs/deploy.md asks for (tests/e2e/static-host.ts).
const content = readCompiledContent();
const [site] = content.sites;
if (!site) throw new Error('the content has no site');
const DATE = '2025-06-01';

let browser: Browser;
let atlas: StaticHost;
beforeAll(async () => {
  browser = await launch();
  atlas = await staticHost('dist', '/');
});
afterAll(async () => {
  await atlas.close();
  await browser.close();
});

/** A plain page on another origin (another port) with the given iframes. */
async function otherSite(frames: string[]): Promise<StaticHost> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-other-site-'));
  const iframes = frames.map((src, i) => `<iframe name="f${i}" src="${src}" width="800" height="520" style="border:0"></iframe>`).join('\n');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A think tank's article</title></head><body><h1>Our article</h1><p>The map of this analysis:</p>${iframes}</body></html>`);
  writeFileSync(join(dir, '404.html'), 'not found');
  return staticHost(dir, '/', { headers: false });
}

const frameNamed = (page: Page, name: string): Frame => {
  const frame = page.frame({ name });
  if (!frame) throw new Error(`no frame ${name}`);
  return frame;
};

describe('embeds', () => {
  it('shows the map, the timeline and a caption inside another origin’s page, linking to the full view', async () => {
    const other = await otherSite([`${atlas.root}embed/sites/${site.id}?date=${DATE}`, `${atlas.root}sites/${site.id}?date=${DATE}`]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 1200 } });
    const { page } = await openPage(context, other.root, other.root);
    const embed = frameNamed(page, 'f0');
    await embed.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await expect.poll(() => embed.locator('.embed-caption').textContent()).toContain(site.names.en);
    expect(await embed.getByRole('slider').count()).toBeGreaterThan(0);
    // No header, search, panel or tools.
    expect(await embed.locator('header, aside.panel, [role="combobox"], .export').count()).toBe(0);
    const open = embed.getByRole('link', { name: /Open in Analysis Atlas/ });
    expect(await open.getAttribute('target')).toBe('_blank');
    const href = new URL((await open.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe(`${atlas.origin}/sites/${site.id}`);
    expect(href.searchParams.get('date')).toBe(DATE);
    // The full atlas may not be framed: the host's frame-ancestors header stops it.
    const full = frameNamed(page, 'f1');
    await expect.poll(async () => full.url()).not.toContain(atlas.origin);
    await context.close();
    await other.close();
  });

  it('where the host sends no headers, the full atlas in a frame offers to open in its own tab', async () => {
    const bare = await staticHost('dist', '/', { headers: false });
    const other = await otherSite([`${bare.root}sites/${site.id}`]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context, other.root, other.root);
    const framed = frameNamed(page, 'f0');
    await expect.poll(() => framed.locator('.framed').textContent(), { timeout: 30_000 }).toContain('opens in its own tab');
    expect(await framed.locator('.map').count()).toBe(0);
    await context.close();
    await Promise.all([other.close(), bare.close()]);
  });

  it('gives the snippet for the view in the take-away tools', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context, `${atlas.root}sites/${site.id}?date=${DATE}`, atlas.root);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await page.getByText('Embed this view').click();
    const snippet = await page.locator('.export__embed textarea').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(new URL(src.replaceAll('&amp;', '&')).pathname).toBe(`/embed/sites/${site.id}`);
    expect(new URL(src.replaceAll('&amp;', '&')).searchParams.get('date')).toBe(DATE);
    expect(snippet).toMatch(/width="\d+" height="\d+"/);
    expect(snippet).toContain(`title="Map: ${site.names.en}`);
    await context.close();
  });
});

describe('offline', () => {
  it('does not half-switch to a language whose strings cannot be fetched, and says so', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, `${atlas.root}sites/${site.id}?date=${DATE}`, atlas.root);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    // As when offline before the service worker has the Arabic strings.
    await context.route(/\/assets\/ar-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'could not be loaded' }).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await page.locator('aside.panel h2').first().textContent()).toBe(site.names.en);
    await context.close();
  });

  it('reloads with the network off after one visit, and offers a new build instead of mixing it in', async () => {
    // No HTTP caching at all: whatever opens offline was kept by the service worker.
    const host = await staticHost('dist', '/', { httpCache: false });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, `${host.root}sites/${site.id}?date=${DATE}`, host.root);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    // Registered after the first view has settled; ready once the app, content and first-view map data are cached.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Zoomed in, the region's detail is fetched, through the service worker now in charge, which keeps it.
    const [lon, lat] = site.coordinates;
    const zoomed = await context.newPage();
    await zoomed.goto(`${host.root}sites/${site.id}?date=${DATE}#map=8/${lat}/${lon}`);
    await zoomed.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await expect.poll(() => zoomed.evaluate(() => caches.keys().then(async (keys) => (await Promise.all(keys.map(async (k) => (await caches.open(k)).keys()))).flat().some((r) => r.url.endsWith('/geo/detail.json'))))).toBe(true);
    await context.setOffline(true);
    await zoomed.reload();
    await zoomed.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await zoomed.waitForTimeout(1500);
    expect(await zoomed.locator('.map-notice--error').count()).toBe(0);
    await zoomed.close();
    await page.reload();
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await expect.poll(() => page.locator('aside.panel h2').first().textContent()).toBe(site.names.en);
    // Another link, never opened before, works offline too.
    const [analysis] = content.analyses;
    if (!analysis) throw new Error('the content has no analysis');
    await page.goto(`${host.root}analyses/${analysis.id}`);
    await expect.poll(() => page.locator('aside.panel h2').first().textContent(), { timeout: 30_000 }).toBe(analysis.title);
    await context.setOffline(false);
    expect(problems.consoleErrors).toEqual([]);

    // A new build: the service worker's script changes. The page says so and reloads only when asked.
    const sw = await (await fetch(`${host.root}sw.js`)).text();
    host.override('/sw.js', `${sw}\n// a new build\n`);
    try {
      await page.reload();
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
      const prompt = page.getByText('A new version of the atlas is available.');
      await expect.poll(() => prompt.isVisible(), { timeout: 30_000 }).toBe(true);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload now' }).click()]);
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
      expect(await prompt.isVisible()).toBe(false);
    } finally {
      host.override('/sw.js', null);
    }
    await context.close();
    await host.close();
  });
});
