// Takes the screenshots the README and docs/ show, from the real app in Debian's Chromium: the test build
// (dist-test/, the production app plus the hooks used here to wait for the map and find a grouped circle).
//   npm run build:test && npm run screenshots
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdirSync, readFileSync } from 'node:fs';
import { withSyntheticEvents } from '../bench/synthetic.mjs';

const desktop = { width: 1280, height: 800 };
const shots = [
  { file: 'docs/screenshots/home.png', path: '/', viewport: desktop },
  { file: 'docs/screenshots/site.png', path: '/sites/qamishli-airport?date=2025-06-01', viewport: desktop },
  { file: 'docs/screenshots/analysis.png', path: '/analyses/ccbs-russia-syria-new-chapter/khmeimim-under-attack?date=2025-06-01#map=6.2/35.2/37.6', viewport: desktop },
  { file: 'docs/screenshots/arabic.png', path: '/sites/khmeimim?lang=ar&date=2025-06-01&measure=khmeimim,tartus-naval-facility&ring=100#map=7.2/35.1/36.6', viewport: desktop },
  // A site panel with a claim's numbered source and a status change's first-reported date.
  { file: 'docs/screenshots/provenance.png', path: '/sites/tartus-naval-facility?date=2025-06-01#map=9/34.95/36.05', viewport: desktop, scrollTo: 'li.history__item--current' },
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
      const body = JSON.stringify(withSyntheticEvents(JSON.parse(readFileSync('public/content/content.json', 'utf8')), shot.synthetic));
      await page.route('**/content/content.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    }
    await page.goto(new URL(shot.path, base).href);
    if (shot.noWebGL) {
      await page.getByRole('alert').filter({ hasText: 'cannot draw the map' }).waitFor();
      await page.locator('aside.panel h2').first().waitFor();
      await page.locator('.timeline__track').waitFor();
    } else {
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
      await page.evaluate(() => new Promise((resolve) => { window.__atlasMap.once('idle', resolve); window.__atlasMap.triggerRepaint(); }));
    }
    if (shot.scrollTo) await page.locator(shot.scrollTo).first().scrollIntoViewIfNeeded();
    if (shot.synthetic) {
      // Point at the fullest circle in the middle of the map, so its hover label shows (once the timeline is in
      // and the map has taken its final size).
      await page.locator('.timeline__track').waitFor();
      await page.evaluate(() => new Promise((resolve) => { window.__atlasMap.once('idle', resolve); window.__atlasMap.triggerRepaint(); }));
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
} finally {
  await browser.close();
  await noWebGL.close();
  await server.close();
}
