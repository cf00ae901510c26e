// Debug probe (gitignored): the read-and-compare "Back from an event" flake: who scrolls the panel after Back.
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const server = await preview({ build: { outDir: 'dist-test' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
for (let run = 0; run < Number(process.argv[2] ?? 4); run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: `
    const log = [];
    window.__log = log;
    const t = () => Math.round(performance.now());
    for (const name of ['scrollTo', 'scrollIntoView', 'scrollBy']) {
      const orig = Element.prototype[name];
      Element.prototype[name] = function (...args) {
        log.push(t() + ' ' + name + ' on ' + this.tagName + '.' + this.className + ' ' + JSON.stringify(args) + ' ' + (new Error().stack || '').split('\\n').slice(2, 7).map((s) => s.trim()).join(' < '));
        return orig.apply(this, args);
      };
    }
    document.addEventListener('scroll', (e) => {
      const el = e.target;
      if (el instanceof Element && el.matches('aside.panel')) log.push(t() + ' scroll ' + el.scrollTop + ' of ' + el.scrollHeight + ' ' + location.pathname);
    }, true);
  ` });
  await page.goto(`${base}analyses/ccbs-russia-syria-new-chapter/bases-on-the-agenda`);
  await page.waitForFunction(() => document.querySelector('[data-map-state="ready"]') !== null);
  const box = await page.locator('aside.panel').boundingBox();
  if (!box) throw new Error('no panel');
  await page.getByRole('checkbox', { name: 'Map follows the reading' }).uncheck();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 90);
  await page.waitForTimeout(300);
  const place = await page.evaluate(() => document.querySelector('aside.panel')?.scrollTop);
  await page.evaluate(() => (window as unknown as { __log: string[] }).__log.push('--- click chip'));
  await page.locator('#passage-bases-on-the-agenda a.chip--event').first().click();
  await page.waitForURL(/\/events\//);
  await page.evaluate(() => (window as unknown as { __log: string[] }).__log.push('--- back'));
  await page.goBack();
  await page.waitForTimeout(1500);
  const after = await page.evaluate(() => document.querySelector('aside.panel')?.scrollTop);
  const log = await page.evaluate(() => (window as unknown as { __log: string[] }).__log);
  console.log(`run ${run}: place ${place} after ${after} ${Math.abs((after ?? 0) - (place ?? 0)) > 3 ? 'FLAKE' : 'ok'}`);
  if (Math.abs((after ?? 0) - (place ?? 0)) > 3 || process.argv.includes('--all')) for (const l of log) console.log('   ', l.slice(0, 400));
  await context.close();
}
await browser.close();
await server.close();
