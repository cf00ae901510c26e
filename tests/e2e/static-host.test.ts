import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { staticHost, type StaticHost } from './static-host';
import { readCompiledContent } from '../../scripts/compiled-content';

// The production build served as a plain static host serves it (tests/e2e/static-host.ts: files, folders' index.html,
// 404.html, no rewriting), at the root (dist/, built with PUBLIC_ORIGIN) and under a sub-path (dist-sub/, built with
// BASE_PATH=/atlas/ and no origin). `npm test` makes both builds.
const content = readCompiledContent();
const some = <T>(item: T | undefined, what: string): T => {
  if (item === undefined) throw new Error(`the content has no ${what}`);
  return item;
};
const site = some(content.sites[0], 'site');
const event = some(content.events.at(-1), 'event');
const analysis = some(content.analyses[0], 'analysis');
const passage = some(analysis.passages.at(-1), 'passage');
const PUBLIC_ORIGIN = 'https://atlas.example.org';

/** Every page the build should have written, with the text its heading (or caption) must show. */
const pages = [
  { path: '', name: content.atlas.title.en },
  ...content.sites.map((s) => ({ path: `sites/${s.id}/`, name: s.names.en })),
  ...content.events.map((e) => ({ path: `events/${e.id}/`, name: e.title })),
  ...content.analyses.map((a) => ({ path: `analyses/${a.id}/`, name: a.title })),
  ...content.analyses.flatMap((a) => a.passages.map((p) => ({ path: `analyses/${a.id}/${p.anchor}/`, name: p.title }))),
];

const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
const decode = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each([
  { dir: 'dist', base: '/', origin: PUBLIC_ORIGIN },
  { dir: 'dist-sub', base: '/atlas/', origin: null },
])('$dir served at $base by a plain static host', ({ dir, base, origin }) => {
  let host: StaticHost;
  beforeAll(async () => {
    host = await staticHost(dir, base);
  });
  afterAll(async () => {
    await host.close();
  });

  it('opens every kind of deep link directly, with no failed request', async () => {
    const links = [
      { path: '', heading: content.atlas.title.en },
      { path: `sites/${site.id}?date=2025-06-01`, heading: site.names.en },
      { path: `events/${event.id}`, heading: event.title },
      { path: `analyses/${analysis.id}`, heading: analysis.title },
      { path: `analyses/${analysis.id}/${passage.anchor}`, heading: analysis.title },
      { path: 'index.html?date=2025-06-01', heading: content.atlas.title.en },
      { path: `embed/sites/${site.id}?date=2025-06-01`, heading: null, caption: site.names.en },
    ];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    for (const link of links) {
      const { page, problems } = await openPage(context, `${host.root}${link.path}`, host.root);
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
      if (link.heading === null) {
        // An embed: its caption names the view and links to it in the full atlas, under the same base.
        await expect.poll(() => page.locator('.embed-caption').textContent(), { message: link.path }).toContain(link.caption);
        const full = new URL((await page.locator('.embed-caption a').getAttribute('href')) ?? '');
        expect(full.pathname).toBe(`${base}sites/${site.id}`);
        expect(problems.failedRequests, link.path).toEqual([]);
        await page.close();
        continue;
      }
      await expect.poll(() => page.locator('aside.panel h2').first().textContent(), { message: link.path }).toBe(link.heading);
      // The app's title is the one the page's HTML carried (the tab does not change as the app takes over).
      const html = await (await fetch(`${host.root}${link.path}`)).text();
      expect(await page.title(), link.path).toBe(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''));
      // The static text the page carried is gone, and the app's links stay under the base.
      expect(await page.locator('.static-page').count()).toBe(0);
      const brand = new URL((await page.locator('header .brand a').getAttribute('href')) ?? '', host.root).pathname;
      expect([base, base.replace(/\/$/, '')], link.path).toContain(brand);
      expect(problems.failedRequests, link.path).toEqual([]);
      expect(problems.consoleErrors, link.path).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('answers a path it has no page for with 404 and the app’s not-found view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const response = await page.goto(`${host.root}no/such/page`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('aside.panel h2').first().textContent()).toBe('No page “/no/such/page” here');
    await context.close();
  });

  it('writes each link’s page with its own tags, readable text and a 1200×630 preview (read without JavaScript)', async () => {
    for (const { path, name } of pages) {
      const response = await fetch(`${host.root}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
      expect(title, path).toContain(name);
      expect(decode(meta(html, 'og:title') ?? ''), path).toContain(name);
      expect((meta(html, 'description') ?? '').length, path).toBeGreaterThan(40);
      expect(meta(html, 'og:description'), path).toBe(meta(html, 'description'));
      expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, path).toBe(`${origin ?? ''}${base}${path}`);
      // The readable text: the name as a heading inside the page itself.
      expect(decode(html), path).toContain(`<h1>${name}</h1>`);
      const image = meta(html, 'og:image') ?? '';
      expect(image.startsWith(`${origin ?? ''}${base}previews/`), image).toBe(true);
      const png = await fetch(new URL(image.replace(origin ?? '', ''), host.origin));
      expect(png.headers.get('content-type'), image).toBe('image/png');
      const decoded = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
      expect([decoded.width, decoded.height], image).toEqual([1200, 630]);
    }
  });

  it('writes each embed’s page, kept out of search engines and standing for the full page', async () => {
    for (const { path, name } of pages) {
      const html = await (await fetch(`${host.root}embed/${path}`)).text();
      expect(meta(html, 'robots'), path).toBe('noindex');
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], path).toBe(`${origin ?? ''}${base}${path}`);
      expect(decode(meta(html, 'og:title') ?? ''), path).toContain(name);
    }
  });

  it('shows a reader without JavaScript the view’s text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${host.root}sites/${site.id}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: site.names.en }).isVisible()).toBe(true);
    const current = site.status.at(-1);
    if (current) expect(await page.locator('.static-page').textContent()).toMatch(/since|–/);
    await context.close();
  });

  it('keeps that text out of sight while scripts run, so the app takes over without a jump', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // The app's script held back: the page as it is before the app has started.
    await context.route(/\/assets\/app-[^/]+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${host.root}sites/${site.id}/`);
    await expect.poll(() => page.locator('.static-page').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1, name: site.names.en }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('what the build tells crawlers', () => {
  it('lists every page in sitemap.xml and keeps embeds out of robots.txt', async () => {
    const host = await staticHost('dist', '/');
    const sitemap = await (await fetch(`${host.root}sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(pages.map((p) => `${PUBLIC_ORIGIN}/${p.path}`).sort());
    const robots = await (await fetch(`${host.root}robots.txt`)).text();
    expect(robots).toContain('Disallow: /embed/');
    expect(robots).toContain(`Sitemap: ${PUBLIC_ORIGIN}/sitemap.xml`);
    await host.close();
  });
});
