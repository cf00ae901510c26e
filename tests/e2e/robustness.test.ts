import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './browser';
import { builtContent } from './pixels';
import { isoDay } from '../../src/content/dates';
import { timelineExtent } from '../../src/content/timeline-extent';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string, options: BrowserContextOptions = {}, waitMap = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const { page, problems } = await openPage(context, path);
  if (waitMap) await waitForMapIdle(page);
  return { page, problems, context };
}


describe('bad links', () => {
  const cases: { path: string; says: RegExp; suggests?: string }[] = [
    { path: '/sites/hmeimim', says: /No site “hmeimim” here/, suggests: 'Khmeimim Air Base' },
    { path: '/sites/tartus', says: /No site “tartus” here/, suggests: 'Port of Tartus (commercial port)' },
    { path: '/events/fall-of-asad', says: /No event “fall-of-asad” here/, suggests: 'Damascus falls and Assad flees to Moscow' },
    { path: '/analyses/ccbs-russia-syria', says: /No analysis “ccbs-russia-syria” here/ },
    { path: '/nowhere/at/all', says: /No page “\/nowhere\/at\/all” here/ },
    { path: `/sites/${'x'.repeat(5000)}`, says: /No site “x{20,}/ },
    { path: '/sites/%F0%9F%98%80%E2%80%AE%D8%AD', says: /No site “😀/ },
    { path: '/sites/%25E0%25A4%25A', says: /No site “%E0%A4%A” here/ },
    { path: '/?date=2025-02-30', says: /“2025-02-30” is not a date/ },
    { path: '/?date=1900-01-01', says: /outside the content’s dates/ },
    { path: '/?date=2025-06-01&from=2025-09-01', says: /The range started after it ended/ },
    { path: '/?date=yesterday&from=%3C%3E', says: /“yesterday” is not a date/ },
    { path: '/#map=banana/NaN/Infinity', says: /map position in the link \(“banana\/NaN\/Infinity”\) was not understood/ },
    { path: '/#map=18/35/36', says: /The link asks for zoom 18; the map shows zooms 1\.5 to 12/ },
  ];

  it.each(cases)('$path → a visible message, and the rest of the app still works', async ({ path, says, suggests }) => {
    const { page, problems, context } = await open(path);
    await expect.poll(async () => (await page.locator('aside.panel').textContent()) ?? '').toMatch(says);
    if (suggests) expect(await page.getByRole('link', { name: suggests, exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('slider').first().isVisible()).toBe(true);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the viewport in the address', () => {
  it('moves the map when the reader edits #map=, and says so when the zoom is out of the map’s range', async () => {
    const { page, problems, context } = await open('/sites/khmeimim?date=2025-06-01#map=8/35.4/35.9');
    const centre = () => page.evaluate(() => {
      const map = window.__atlasMap;
      if (!map) throw new Error('no map');
      const c = map.getCenter();
      return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
    });
    await page.evaluate(() => {
      window.location.hash = 'map=6.5/33.5/36.3';
    });
    await expect.poll(async () => { const c = await centre(); return Math.abs(c.lat - 33.5) + Math.abs(c.lon - 36.3) + Math.abs(c.zoom - 6.5); }).toBeLessThan(0.01);
    expect(await page.locator('aside.panel').textContent()).not.toMatch(/asks for zoom/);
    await page.evaluate(() => {
      window.location.hash = 'map=30/34/37';
    });
    await expect.poll(async () => (await page.locator('aside.panel').textContent()) ?? '').toMatch(/The link asks for zoom 30; the map shows zooms 1\.5 to 12/);
    expect((await centre()).zoom).toBeLessThanOrEqual(12);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the home page by its file name', () => {
  it('/index.html opens the home view, keeping the link\'s date and viewport', async () => {
    const { page, problems, context } = await open('/index.html?date=2025-06-01#map=6/35/37');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    const url = new URL(page.url());
    expect(url.searchParams.get('date')).toBe('2025-06-01');
    expect(url.hash).toMatch(/^#map=6(\.\d+)?\/35(\.\d+)?\/37(\.\d+)?$/);
    expect(await page.locator('aside.panel').textContent()).not.toMatch(/No page/);
    expect(await page.getByRole('slider').first().getAttribute('aria-valuetext')).toBe('1 June 2025');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('hostile input', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'-alert(1)-'",
    'javascript:alert(1)',
    '<svg onload=alert(1)>',
    '</title><script>alert(1)</script>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '<a href="javascript:alert(1)">x</a>',
    '<img src="https://evil.example/x.png">',
    '\u202e<b onmouseover=alert(1)>x</b>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ];
  const positions = (p: string) => {
    const e = encodeURIComponent(p);
    return [`/sites/${e}`, `/events/${e}`, `/analyses/${e}`, `/analyses/ccbs-russia-syria-new-chapter/${e}`, `/?date=${e}`, `/?date=2025-01-01&from=${e}`, `/?${e}=${e}`, `/#map=${e}`];
  };

  /** What a payload must not have left in the page: elements, handlers or URLs that would run or fetch it. */
  const foreignElements = () => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (['iframe', 'object', 'embed', 'math', 'style'].includes(tag)) bad.push(tag);
      if (tag === 'script' && !(el as HTMLScriptElement).src) bad.push('inline script');
      if (tag === 'img' && !el.closest('.maplibregl-ctrl')) bad.push(`img ${el.getAttribute('src')}`);
      for (const a of Array.from(el.attributes)) if (a.name.startsWith('on')) bad.push(`${tag}[${a.name}]`);
      for (const a of ['href', 'src']) if (/^\s*javascript:/i.test(el.getAttribute(a) ?? '')) bad.push(`${tag}[${a}=javascript:]`);
    }
    return bad;
  };

  // Each URL position is opened fresh with the first payload (as a shared link opens); every other payload reaches
  // the same position by in-app navigation in that page (as Back, Forward or an edited address do), which renders
  // through the same code without paying for a new page and map each time (the whole set took 165–235 s that way; now about 40 s).
  it(`runs nothing from ${payloads.length} payloads in 8 URL positions each`, { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    let opened = 0;
    let navigated = 0;
    for (let position = 0; position < 8; position++) {
      const [first, ...rest] = payloads.map((payload) => positions(payload)[position] ?? '');
      if (!first) throw new Error('no payload');
      // Every listener, dialogs included, is attached before the navigation (openPage).
      const { page, problems } = await openPage(context, first);
      await page.locator('aside.panel h2').first().waitFor();
      opened++;
      for (const path of [first, ...rest]) {
        if (path !== first) {
          await page.evaluate((to) => {
            if (to.startsWith('/#')) location.hash = to.slice(1);
            else {
              history.pushState(null, '', to);
              dispatchEvent(new PopStateEvent('popstate'));
            }
          }, path);
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
          await page.locator('aside.panel h2').first().waitFor();
          navigated++;
        }
        expect(await page.evaluate(foreignElements), path).toEqual([]);
        expect(problems.dialogs, path).toEqual([]);
        expect(problems.foreignRequests, path).toEqual([]);
        expect(problems.consoleErrors.filter((e) => e.includes('CSP')), path).toEqual([]);
        expect(problems.consoleErrors.filter((e) => e.startsWith('pageerror')), path).toEqual([]);
      }
      await page.close();
    }
    expect(opened + navigated).toBe(payloads.length * 8);
    console.log(`hostile input: ${opened} URLs opened, ${navigated} reached in the app, 0 dialogs, 0 foreign elements, 0 foreign requests, 0 CSP violations`);
    await context.close();
  });
});

describe('failures', () => {
  const broken: [string, (body: string) => { status: number; body: string }][] = [
    ['missing', () => ({ status: 404, body: 'not found' })],
    ['truncated', (b) => ({ status: 200, body: b.slice(0, b.length / 3) })],
    ['invalid', () => ({ status: 200, body: '{"analyses": 5, "sites": "none"}' })],
  ];
  it.each(broken)('content file %s → a clear message, the map still drawn', async (_name, breakIt) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/content/content.json', async (route) => {
      const real = await (await route.fetch()).text();
      const { status, body } = breakIt(real);
      await route.fulfill({ status, body, contentType: 'application/json' });
    });
    const { page } = await openPage(context, '/sites/khmeimim');
    await waitForMapIdle(page);
    const alert = page.locator('aside.panel [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The analyses could not be loaded');
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await context.close();
  });

  const brokenEvents: [string, (body: Buffer) => { status: number; body: Buffer | string }, RegExp][] = [
    ['missing', () => ({ status: 404, body: 'not found' }), /the events file could not be loaded \(HTTP 404\)/],
    ['truncated', (b) => ({ status: 200, body: b.subarray(0, b.length / 3) }), /the events file is damaged: it could not be decompressed/],
    ['cut short, then compressed again', (b) => {
      const layout = gunzipSync(b);
      return { status: 200, body: gzipSync(layout.subarray(0, layout.length / 3)) };
    }, /the events file is damaged: its column "\w+" is damaged/],
  ];
  it.each(brokenEvents)('events file %s → a clear message with the reason, the map still drawn', async (_name, breakIt, reason) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/content/events.bin', async (route) => {
      const { status, body } = breakIt(await (await route.fetch()).body());
      await route.fulfill({ status, body, contentType: 'application/octet-stream' });
    });
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    const alert = page.locator('aside.panel [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The analyses could not be loaded');
    expect(await alert.textContent()).toMatch(reason);
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await context.close();
  });

  it('a content item that fails validation is left out and named; the rest is shown', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const sites = builtContent().sites;
    const broken = sites.length - 1;
    const kept = sites[0];
    if (!kept || broken < 1) throw new Error('the content needs two sites for this test');
    await context.route('**/content/content.json', async (route) => {
      const real = JSON.parse(await (await route.fetch()).text()) as { sites: { coordinates: unknown }[] };
      const site = real.sites[broken];
      if (site) site.coordinates = 'nowhere';
      await route.fulfill({ body: JSON.stringify(real), contentType: 'application/json' });
    });
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    // A file that is not the build's own is checked in the browser (the checker and the texts load first).
    const notice = page.locator('aside.panel .notice', { hasText: 'Content problems' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(new RegExp(`Content problems: \\d+\\. Some items are not shown\\. First: sites\\[${broken}\\] coordinates`));
    expect(await page.getByRole('link', { name: kept.names.en, exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: sites[broken]?.names.en ?? '', exact: true }).count()).toBe(0);
    await context.close();
  });

  it('texts file missing → the reader and the source lists say so; the map, titles and links still work', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/content/texts.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const { page } = await openPage(context, '/analyses/ccbs-russia-syria-new-chapter');
    await waitForMapIdle(page);
    const unavailable = page.locator('aside.panel [role="status"]', { hasText: 'could not be loaded' });
    await unavailable.waitFor();
    expect(await unavailable.textContent()).toBe('The sources and texts could not be loaded (the texts file could not be loaded (HTTP 404)). The map still works; reload to try again.');
    // The passages are still listed by title, each with what it discusses on the map.
    const analyses = (JSON.parse(readFileSync('public/content/content.json', 'utf8')) as { analyses: { id: string; passages: unknown[] }[] }).analyses;
    expect(await page.locator('.passages h3').count()).toBe(analyses.find((a) => a.id === 'ccbs-russia-syria-new-chapter')?.passages.length);
    await page.getByRole('link', { name: 'Khmeimim Air Base' }).first().click();
    await page.waitForURL(/\/sites\/khmeimim/);
    await page.locator('aside.panel h2:visible', { hasText: 'Khmeimim Air Base' }).waitFor();
    expect(await page.locator('aside.panel [role="status"]', { hasText: 'could not be loaded' }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('without WebGL, says so and keeps the panel, lists, timeline and deep links working', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    const context = await noGl.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, '/sites/qamishli-airport?date=2022-06-01');
    await page.getByRole('alert').filter({ hasText: 'This browser cannot draw the map' }).waitFor();
    expect(await page.locator('aside.panel h2').first().textContent()).toBe('Qamishli International Airport');
    expect(await page.getByRole('region', { name: 'Status on the selected date' }).textContent()).toContain('Russian presence');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('End');
    // End: the timeline's last day, from the content.
    const extent = timelineExtent(builtContent());
    if (!extent) throw new Error('the content has no dated events');
    await page.waitForURL(new RegExp(`date=${isoDay(extent.end)}`));
    await expect.poll(async () => page.getByRole('region', { name: 'Status on the selected date' }).textContent()).toContain('Russia withdrawn');
    await page.screenshot({ path: 'tests/e2e/artifacts/no-webgl.png' });
    await context.close();
    await noGl.close();
  });
});
