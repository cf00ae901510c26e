import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './browser';
import { builtContent, offMapSite } from './pixels';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function audit(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, test: (el: { role: string | null; name: string; tag: string }) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { role: a?.getAttribute('role') ?? null, name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim(), tag: a?.tagName ?? '' };
    });
    if (test(el)) return;
  }
  throw new Error('did not reach the element by Tab');
}

describe('accessibility', () => {
  const views = ['/', '/sites/khmeimim', '/events/khmeimim-attack-2025', '/analyses/ccbs-russia-syria-new-chapter/khmeimim-under-attack'];
  it.each(views)('axe finds no serious or critical violations on %s', async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, path);
    await waitForMapIdle(page);
    const violations = await audit(page);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    console.log(`axe ${path}: ${violations.length} violations (${violations.map((v) => `${v.id}:${v.impact}`).join(', ') || 'none'}), ${serious.length} serious or critical`);
    expect(serious).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone: timeline, visible list, panel, passage link, and back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, '/?date=2025-06-01');
    await waitForMapIdle(page);
    await tabTo(page, (el) => el.role === 'slider');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/date=2025-06-02/);
    await tabTo(page, (el) => el.tag === 'A' && el.name === 'Khmeimim Air Base');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sites\/khmeimim/);
    // Focus moves to the panel's heading, so the reader starts reading the new panel.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Khmeimim Air Base');
    await tabTo(page, (el) => el.tag === 'A' && el.name.startsWith('§8 Khmeimim under fire'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/analyses\/ccbs-russia-syria-new-chapter\/khmeimim-under-attack/);
    // Back is the browser's own (Alt+Left); headless Chromium has no browser UI to take the shortcut.
    await page.goBack();
    await page.waitForURL(/\/sites\/khmeimim/);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Khmeimim Air Base');
    // Focus is visible: the focused element draws an outline.
    await tabTo(page, (el) => el.tag === 'A');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await context.close();
  });

  it('with reduced motion, the map jumps instead of flying', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    const { button, site } = await offMapSite(page, builtContent());
    await button.click();
    await page.waitForURL(new RegExp(`/sites/${site.id}`));
    const moving = await page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(window.__atlasMap?.isMoving() ?? true))));
    expect(moving).toBe(false);
    expect(await page.evaluate((at) => window.__atlasMap?.getBounds().contains(at), [...site.coordinates] as [number, number])).toBe(true);
    await context.close();
  });

  // The other half of the test above: without the preference, the camera flies (and so the jump above is the preference's doing).
  it('without reduced motion, the map flies to a selection and ends on it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    const { button, site } = await offMapSite(page, builtContent());
    // Counted from before the click: a jump moves the camera once, a flight frame after frame until it ends.
    await page.evaluate(() => {
      const root = document.documentElement;
      root.dataset.cameraMoves = '0';
      window.__atlasMap?.on('move', () => (root.dataset.cameraMoves = String(Number(root.dataset.cameraMoves) + 1)));
      window.__atlasMap?.once('moveend', () => (root.dataset.cameraStopped = 'yes'));
    });
    await button.click();
    await page.waitForURL(new RegExp(`/sites/${site.id}`));
    await page.waitForFunction(() => document.documentElement.dataset.cameraStopped === 'yes');
    expect(Number(await page.evaluate(() => document.documentElement.dataset.cameraMoves))).toBeGreaterThan(3);
    expect(await page.evaluate((at) => window.__atlasMap?.getBounds().contains(at), [...site.coordinates] as [number, number])).toBe(true);
    await context.close();
  });

  it('works on a 360×740 phone: map, timeline and panel all on screen, nothing overflows', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = await openPage(context, '/sites/khmeimim?date=2025-06-01');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const selector of ['.maplibregl-canvas', '.timeline', 'aside.panel']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      if (!box) continue;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(361);
      expect(box.height, selector).toBeGreaterThan(80);
      expect(box.y + 40, selector).toBeLessThan(740);
    }
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Khmeimim Air Base');
    await page.screenshot({ path: 'tests/e2e/artifacts/phone.png' });
    await context.close();
  });
});
