import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, openPage, screenPoint, waitForMapIdle } from './browser';
import { colourDistance, hexToRgb, pixelAt } from './pixels';
import { PALETTE } from '../../src/features/map/basemap-style';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the offline basemap', () => {
  it('draws sea, Syria and country labels at 1280×800 with no errors and no foreign requests', async () => {
    const requested: string[] = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const { page, problems } = await openPage(context, '/');
    await waitForMapIdle(page);
    // The first view needs only the region: the world layer is not fetched.
    expect(requested).toEqual(expect.arrayContaining(['/geo/region.json', '/geo/places.json']));
    expect(requested).not.toContain('/geo/world.json');
    expect(requested).not.toContain('/geo/world-places.json');
    expect(requested).not.toContain('/geo/detail.json');
    // The content served is the one the build validated: the validator is not downloaded (src/content/load.ts).
    expect(requested.filter((p) => p.startsWith('/assets/validate-'))).toEqual([]);
    // MapLibre's stylesheet is trimmed to the controls we use (vite.config.ts): they are still styled.
    const controls = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element) : null;
      };
      return {
        zoomIcon: style('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')?.backgroundImage,
        groupBackground: style('.maplibregl-ctrl-group')?.backgroundColor,
        attributionToggle: style('.maplibregl-ctrl-attrib-button')?.display,
      };
    });
    expect(controls.zoomIcon).toContain('data:image/svg+xml');
    expect(controls.groupBackground).toBe('rgb(255, 255, 255)');
    expect(controls.attributionToggle).toBe('none');

    const firstIdleMs = await page.evaluate(() => performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? -1);
    console.log(`navigation → first map idle: ${Math.round(firstIdleMs)} ms`);
    expect(firstIdleMs).toBeGreaterThan(0);

    // Fold the legend away, then sample a point at sea (west of Cyprus) and one in the Syrian desert.
    await page.getByRole('button', { name: 'Legend' }).click();
    const points = {
      sea: await screenPoint(page, 31.6, 34.2),
      syria: await screenPoint(page, 39.0, 33.6),
    };
    const home = await page.evaluate(() => {
      const b = window.__atlasMap?.getBounds();
      return b ? { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() } : null;
    });
    // Nothing of the page covers the sampled points: they show the map itself.
    for (const p of [points.sea, points.syria]) {
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p), JSON.stringify(p)).toBe('CANVAS');
    }
    const png = await page.screenshot();
    expect(colourDistance(pixelAt(png, points.sea.x, points.sea.y), hexToRgb(PALETTE.sea))).toBeLessThanOrEqual(6);
    expect(colourDistance(pixelAt(png, points.syria.x, points.syria.y), hexToRgb(PALETTE.syria))).toBeLessThanOrEqual(6);

    // The home view frames Syria and its neighbours: Cyprus to western Iran, Ankara to Amman.
    if (!home) throw new Error('no map');
    const { west, south, east, north } = home;
    expect(west).toBeLessThan(32.3);
    expect(east).toBeGreaterThan(48);
    expect(south).toBeLessThan(31.9);
    expect(north).toBeGreaterThan(39.9);

    const labels = await page.evaluate(() =>
      (window.__atlasMap?.queryRenderedFeatures({ layers: ['country-labels', 'city-labels'] }) ?? []).map(
        (f) => f.properties.name as string,
      ),
    );
    expect(labels).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Turkey', 'Jordan', 'Aleppo', 'Baghdad', 'Beirut', 'Amman']));

    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [], dialogs: [] });
    await context.close();
  });

  it('shows the coarse world layer when zoomed out, so Moscow and the Black Sea are on the map', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    await page.evaluate(() => window.__atlasMap?.jumpTo({ center: [38, 46], zoom: 3 }));
    await waitForMapIdle(page);
    const names = await page.evaluate(() =>
      (window.__atlasMap?.queryRenderedFeatures({ layers: ['city-dots', 'country-labels'] }) ?? []).map(
        (f) => f.properties.name as string,
      ),
    );
    expect(names, names.join()).toEqual(expect.arrayContaining(['Moscow', 'Russia', 'Ukraine']));
    await page.getByRole('button', { name: 'Legend' }).click();
    const blackSea = await screenPoint(page, 34, 43.5);
    const ukraine = await screenPoint(page, 31, 49.5);
    const png = await page.screenshot();
    expect(colourDistance(pixelAt(png, blackSea.x, blackSea.y), hexToRgb(PALETTE.sea))).toBeLessThanOrEqual(6);
    // Land beyond the region comes from the coarse world layer, fetched only now that the view reaches it.
    expect(colourDistance(pixelAt(png, ukraine.x, ukraine.y), hexToRgb(PALETTE.land))).toBeLessThanOrEqual(6);
    await context.close();
  });

  it('draws the region from the full-detail file once the reader zooms in, and only then fetches it', async () => {
    const requested: string[] = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const { page, problems } = await openPage(context, '/');
    await waitForMapIdle(page);
    expect(requested).not.toContain('/geo/detail.json');
    // Zoom in on the coast at Tartus.
    await page.evaluate(() => window.__atlasMap?.jumpTo({ center: [35.9, 34.9], zoom: 9 }));
    await waitForMapIdle(page);
    await expect.poll(() => requested.includes('/geo/detail.json')).toBe(true);
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() => {
      const map = window.__atlasMap;
      const names = (layer: string) => (map?.queryRenderedFeatures({ layers: [layer] }) ?? []).map((f) => f.properties.name as string);
      return { detail: names('detail-land'), overview: names('land') };
    });
    // Syria (and the sea west of it) now come from the detailed layer; the overview no longer draws underneath.
    expect(drawn.detail).toContain('Syria');
    expect(drawn.overview).toEqual([]);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth');
    const png = await page.screenshot();
    const inland = await screenPoint(page, 36.2, 34.9);
    expect(colourDistance(pixelAt(png, inland.x, inland.y), hexToRgb(PALETTE.syria))).toBeLessThanOrEqual(6);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [], dialogs: [] });
    await context.close();
  });

  it.each([
    [1280, 800],
    [360, 740],
  ])('keeps the map the same size while the content loads and after it arrives, at %i×%i', async (width, height) => {
    context = await browser.newContext({ viewport: { width, height } });
    // Hold the content back until the page has been measured while it loads.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/content/content.json', async (route) => {
      await released;
      await route.continue();
    });
    const { page } = await openPage(context, '/');
    await page.waitForFunction(() => window.__atlasMap !== undefined);
    const size = () => page.evaluate(() => ({ w: window.__atlasMap?.getCanvas().clientWidth, h: window.__atlasMap?.getCanvas().clientHeight }));
    const loading = await size();
    expect(await page.getByTestId('live-count').count()).toBe(0); // still loading
    release();
    await page.getByRole('slider').first().waitFor();
    await page.locator('aside.panel h2').first().waitFor();
    expect(await size()).toEqual(loading);
    await context.close();
  });

  it.each([
    ['missing', { status: 404, body: 'missing' }],
    ['truncated', { status: 200, body: '{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geome' }],
  ])('shows a clear message, not a blank page, when the map data is %s', async (_name, response) => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/geo/region.json', (route) => route.fulfill({ ...response, contentType: 'application/json' }));
    const { page } = await openPage(context, '/');
    const alert = page.getByRole('alert').filter({ hasText: 'map data' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('The map data could not be loaded');
    // The rest of the app still works: the panel shows the overview from the content.
    await page.locator('aside.panel h2').first().waitFor();
    expect(await page.locator('aside.panel h2').first().textContent()).toContain('from the analyses');
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await context.close();
  });
});
