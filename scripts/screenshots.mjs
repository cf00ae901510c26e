// Takes the screenshots the README and docs/ show, from the real app in Debian's Chromium: the test build
// (dist-test/, the production app plus the hooks used here to wait for the map and find a grouped circle), an embed
// inside a plain page of another site, and copies three of the production build's link previews (dist/previews/).
//   npm run build && npm run build:test && npm run screenshots
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { withSyntheticEvents } from '../bench/synthetic.mjs';
import { readCompiledContent } from './compiled-content.ts';

const desktop = { width: 1280, height: 800 };
const shots = [
  { file: 'docs/screenshots/home.png', path: '/', viewport: desktop },
  { file: 'docs/screenshots/site.png', path: '/sites/qamishli-airport?date=2025-06-01', viewport: desktop },
  { file: 'docs/screenshots/analysis.png', path: '/analyses/ccbs-russia-syria-new-chapter/khmeimim-under-attack?date=2025-06-01#map=6.2/35.2/37.6', viewport: desktop },
  { file: 'docs/screenshots/arabic.png', path: '/sites/khmeimim?lang=ar&date=2025-06-01&measure=khmeimim,tartus-naval-facility&ring=100#map=7.2/35.1/36.6', viewport: desktop },
  // A site panel with a claim's numbered source and a status change's first-reported date.
  { file: 'docs/screenshots/provenance.png', path: '/sites/tartus-naval-facility?date=2025-06-01#map=9/34.95/36.05', viewport: desktop, scrollTo: 'li.history__item--current' },
  // Read-along: the passage on Tartus being read, its places ringed and framed, the rest receded, the timeline at its moment.
  { file: 'docs/screenshots/read-along.png', path: '/analyses/ccbs-russia-syria-new-chapter/tartus-port-and-ships?date=2025-01-27#map=7.4/35.1/36.5', viewport: desktop },
  // What changed between 1 December 2024 and 1 March 2025: the list, and the changed sites ringed on the map.
  { file: 'docs/screenshots/changes.png', path: '/?from=2024-12-01&date=2025-03-01#map=8/35.15/35.55', viewport: desktop },
  { file: 'docs/screenshots/phone.png', path: '/sites/khmeimim?date=2025-06-01', viewport: { width: 360, height: 740 } },
  { file: 'docs/screenshots/no-webgl.png', path: '/sites/qamishli-airport?date=2022-06-01', viewport: desktop, noWebGL: true },
  // SYNTHETIC: 100,000 benchmark events (bench/synthetic.mjs) in place of the real content, grouped zoomed out.
  { file: 'docs/screenshots/synthetic-100k.png', path: '/?date=2020-06-01#map=5.3/34.6/39', viewport: desktop, synthetic: 100_000 },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await preview({ build: { outDir: 'dist-test' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const launch = (extra) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader', ...extra],
  });
const browser = await launch([]);
const noWebGL = await launch(['--disable-webgl', '--disable-3d-apis']);
try {
  for (const shot of shots) {
    const page = await (shot.noWebGL ? noWebGL : browser).newPage({ viewport: shot.viewport });
    if (shot.synthetic) {
      // Served as a hand-written content.json with its events inline (checked in the browser; the app reads either).
      const body = JSON.stringify(withSyntheticEvents(readCompiledContent(), shot.synthetic));
      await page.route('**/content/content.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    }
    await page.goto(new URL(shot.path, base).href);
    if (shot.noWebGL) {
      await page.getByRole('alert').filter({ hasText: 'cannot draw the map' }).waitFor();
      await page.locator('aside.panel h2').first().waitFor();
      await page.locator('.timeline__track').waitFor();
    } else {
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
      await page.evaluate(() => new Promise((resolve) => { window.__atlasMap.once('idle', () => resolve()); window.__atlasMap.triggerRepaint(); }));
    }
    if (shot.scrollTo) await page.locator(shot.scrollTo).first().scrollIntoViewIfNeeded();
    if (shot.synthetic) {
      // Point at the fullest circle in the middle of the map, so its hover label shows (once the timeline is in
      // and the map has taken its final size).
      await page.locator('.timeline__track').waitFor();
      await page.evaluate(() => new Promise((resolve) => { window.__atlasMap.once('idle', () => resolve()); window.__atlasMap.triggerRepaint(); }));
      const cell = await page.evaluate(() => {
        const box = window.__atlasMap.getCanvas().getBoundingClientRect();
        const middle = window.__atlas.drawnCells().filter((c) => c.x > 250 && c.x < 600 && c.y > 150 && c.y < 450);
        const best = middle.sort((a, b) => b.count - a.count)[0];
        return best ? { x: best.x + box.left, y: best.y + box.top } : null;
      });
      if (cell) await page.mouse.move(cell.x, cell.y);
      await page.locator('.hover-label').waitFor();
    }
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  // An embed in a think tank's article (a page of another origin, made up here and served on another port), as docs/deploy.md describes.
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  const embed = new URL('/embed/sites/khmeimim?date=2025-06-01', base).href;
  const article = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><style>body{font:17px/1.5 Georgia,serif;max-width:820px;margin:24px auto;color:#222}iframe{display:block;border:1px solid #ccc}</style></head><body><h1>Russia's bases after Assad</h1><p>The think tank's own article, with the atlas's embed of the view it discusses below (an iframe from another origin).</p><iframe src="${embed}" title="Map: Khmeimim Air Base — Analysis Atlas" width="800" height="520" loading="lazy"></iframe><p>The article goes on…</p></body></html>`));
  await new Promise((resolve) => article.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${article.address().port}/article`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-map-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await frame.locator('.embed-caption a').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshots/embed.png' });
  console.log('wrote docs/screenshots/embed.png');
  await page.close();
  article.close();
  for (const [from, to] of [
    ['sites/khmeimim.png', 'preview-site.png'],
    ['events/tartus-port-contract-annulled.png', 'preview-event.png'],
    ['analyses/ccbs-russia-syria-new-chapter.png', 'preview-analysis.png'],
  ]) {
    copyFileSync(`dist/previews/${from}`, `docs/screenshots/${to}`);
    console.log(`copied dist/previews/${from} to docs/screenshots/${to}`);
  }
} finally {
  await browser.close();
  await noWebGL.close();
  await server.close();
}
