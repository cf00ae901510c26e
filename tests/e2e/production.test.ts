import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

// The rest of the browser suite drives the test build (dist-test/), which has the hooks of
// src/features/map/test-hooks.ts. This file checks the production build (dist/) itself.
const scripts = (dir: string) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the production build', () => {
  it('ships none of the test hooks (and the test build, which the suite drives, has them)', () => {
    for (const hook of ['__atlasMap', '__atlas', 'eventPoint', 'setGrouping', 'scrubTo']) {
      expect(scripts('dist').includes(hook), hook).toBe(false);
      expect(scripts('dist-test').includes(hook), hook).toBe(true);
    }
  });

  it('opens a deep link and draws the map, with no hooks on the page and no errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, '/sites/khmeimim?date=2025-06-01', inject('productionUrl'));
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await expect.poll(() => page.locator('aside.panel h2').first().textContent()).toBe('Khmeimim Air Base');
    expect(await page.evaluate(() => ['__atlas', '__atlasMap'].filter((k) => k in window))).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
