// Takes the README's screenshots from the real app (production build, Debian's Chromium).
//   npm run build && npm run screenshots
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdirSync } from 'node:fs';

const desktop = { width: 1280, height: 800 };
const shots = [
  { file: 'docs/screenshots/home.png', path: '/', viewport: desktop },
  { file: 'docs/screenshots/site.png', path: '/sites/qamishli-airport?date=2025-06-01', viewport: desktop },
  { file: 'docs/screenshots/analysis.png', path: '/analyses/ccbs-russia-syria-new-chapter/khmeimim-under-attack?date=2025-06-01#map=6.2/35.2/37.6', viewport: desktop },
  { file: 'docs/screenshots/arabic.png', path: '/sites/khmeimim?lang=ar&date=2025-06-01&measure=khmeimim,tartus-naval-facility&ring=100#map=7.2/35.1/36.6', viewport: desktop },
  { file: 'docs/screenshots/phone.png', path: '/sites/khmeimim?date=2025-06-01', viewport: { width: 360, height: 740 } },
  { file: 'docs/screenshots/no-webgl.png', path: '/sites/qamishli-airport?date=2022-06-01', viewport: desktop, noWebGL: true },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
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
    await page.goto(new URL(shot.path, base).href);
    if (shot.noWebGL) {
      await page.getByRole('alert').filter({ hasText: 'cannot draw the map' }).waitFor();
      await page.locator('aside.panel h2').first().waitFor();
      await page.locator('.timeline__track').waitFor();
    } else {
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
      await page.evaluate(() => new Promise((resolve) => { window.__atlasMap.once('idle', resolve); window.__atlasMap.triggerRepaint(); }));
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
