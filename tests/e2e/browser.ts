import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium by default; set CHROMIUM_PATH to use another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--enable-unsafe-swiftshader',
      ...extraArgs,
    ],
  });
}

/** What a page did that a user would call a fault: console errors, failed or foreign requests, CSP violations, dialogs. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
  /** alert(), confirm() or prompt() opened by the page (dismissed at once). */
  dialogs: string[];
}

/**
 * Opens a path in a new page, with every listener attached before the navigation starts (so nothing the page does
 * while loading goes unseen). `base` is the test build by default; production.test.ts passes the production one.
 */
export async function openPage(
  context: BrowserContext,
  path: string,
  base: string = baseUrl(),
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [], dialogs: [] };
  page.on('dialog', (d) => {
    problems.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(new URL(path, base).href);
  return { page, problems };
}

/** Resolves when the map has drawn everything it has (MapLibre's `idle`), after any pending change. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-map-state="ready"]') !== null, undefined, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlasMap;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Where a longitude/latitude appears on the page, in CSS pixels (for screenshot checks). */
export async function screenPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = window.__atlasMap;
      if (!map) throw new Error('no map');
      const box = map.getCanvas().getBoundingClientRect();
      const p = map.project([lon, lat]);
      return { x: p.x + box.left, y: p.y + box.top };
    },
    [lon, lat] as const,
  );
}
