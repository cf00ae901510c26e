import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contentWithFixture } from '../../scripts/with-fixture-content.mjs';
import type { MapBundle } from '../../src/content/texts';
import { launch, openPage, waitForMapIdle } from './browser';
import { expectedShown, paintedEvents, paintedVersusExpected } from './pixels';
import { readCompiledContent } from '../../scripts/compiled-content';

// A second analysis in another region (tests/fixtures/second-analysis: SYNTHETIC, two sites and five events in
// Libya), added to a copy of the content, compiled by the real content build and served in place of the built files.
const FIXTURE = 'fixture-second-analysis';
let browser: Browser;
let content: MapBundle;
let files: { content: string; events: Buffer; texts: string };
let dir: string;

beforeAll(async () => {
  dir = contentWithFixture();
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-fixture-build-')), 'content.json');
  const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-build.ts', '--dir', dir, '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  files = { content: readFileSync(out, 'utf8'), events: readFileSync(join(out, '..', 'events.bin')), texts: readFileSync(join(out, '..', 'texts.json'), 'utf8') };
  content = readCompiledContent(join(out, '..'));
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/content/content.json', (route) => route.fulfill({ body: files.content, contentType: 'application/json' }));
  await context.route('**/content/events.bin', (route) => route.fulfill({ body: files.events, contentType: 'application/octet-stream' }));
  await context.route('**/content/texts.json', (route) => route.fulfill({ body: files.texts, contentType: 'application/json' }));
  const { page } = await openPage(context, path);
  await page.getByRole('slider').first().waitFor();
  await waitForMapIdle(page);
  // The camera may still be settling on the analysis's places.
  await page.waitForFunction(() => window.__atlasMap?.isMoving() === false);
  await waitForMapIdle(page);
  return { page, context };
}

const inView = (page: Page, [lon, lat]: readonly [number, number]) => page.evaluate(([x, y]) => window.__atlasMap?.getBounds().contains([x, y]) ?? false, [lon, lat] as const);

describe('a second analysis, in another region', () => {
  const fixtureSites = () => content.sites.filter((s) => s.passages.some((p) => p.startsWith(`${FIXTURE}#`)));

  it.each([`/analyses/${FIXTURE}`, `/?analyses=${FIXTURE}`])('%s frames its places, outside Syria, and shows only what it discusses', async (path) => {
    const { page, context } = await open(path);
    const sites = fixtureSites();
    expect(sites).toHaveLength(2);
    for (const s of sites) expect(await inView(page, s.coordinates), s.id).toBe(true);
    // Syria is not what is framed: Damascus is off the map.
    expect(await inView(page, [36.29, 33.51])).toBe(false);
    // The map paints the analysis's events and none of the others (judged by its pixels against the content).
    const time = { date: Number(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuenow')), from: null };
    const ids = content.events.map((e) => e.id);
    const result = paintedVersusExpected(await paintedEvents(page, ids, 8), expectedShown(content, time, { kinds: [], actors: [], analyses: [FIXTURE] }));
    expect(result.wrong).toEqual([]);
    expect(result.shown).toBeGreaterThan(0);
    // The live line counts only its events and its sites.
    const live = await page.getByTestId('live-count').textContent();
    expect(live).toMatch(new RegExp(`^${expectedShown(content, time, { kinds: [], actors: [], analyses: [FIXTURE] }).size} events?, `));
    await context.close();
  });

  it('goes back to the whole atlas when the filter is reset', async () => {
    const { page, context } = await open(`/?analyses=${FIXTURE}`);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((u) => !u.search.includes('analyses='));
    const time = { date: Number(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuenow')), from: null };
    await expect.poll(() => page.getByTestId('live-count').textContent()).toMatch(new RegExp(`^${expectedShown(content, time).size} events?, `));
    await context.close();
  });
});
