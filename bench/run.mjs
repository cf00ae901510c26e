// npm run bench: builds the app, serves it, and measures it in headless Chromium (software WebGL) with the real
// content and with SYNTHETIC content of 1,000 / 10,000 / 100,000 / 1,000,000 events (bench/synthetic.mjs; never shipped). Each
// synthetic set is checked and compiled by the content build's code (bench/synthetic-archive.ts) and the test build
// is made with it (its own hashes, in a temporary folder), so it opens as a real archive of that size would.
// Baselines run in the same page, interleaved over several rounds: a blank repaint (the floor), deck.gl (the peer), MapLibre's setFilter,
// and setData of the filtered slice. Prints a table and a verdict; writes bench/results/latest.json.
//
//   npm run bench [-- --sizes 1000] [-- --rounds 3] [-- --no-build]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { build as esbuild } from 'esbuild';
import { install } from './page-steps.mjs';
import { syntheticArchive } from './synthetic-archive.ts';
import { storedEvents, writeCompiled } from '../scripts/compile-content.ts';
import { decodeEvents, isGzipped } from '../src/content/events-file.ts';
import { printReport, verdict } from './report.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('--sizes', '1000,10000,100000,1000000').split(',').map(Number);
const ROUNDS = Number(arg('--rounds', '3'));
const DAY = 86_400_000;
const day = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
// The real content's first view is measured on the production build (dist/); the time steps need the test build's
// hooks (the same app plus src/features/map/test-hooks.ts, built per size below) to drive the map and the baselines.
const productionServer = await preview({ build: { outDir: 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const productionBase = productionServer.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
});
const cdp = await browser.newBrowserCDPSession();
const CLK_TCK = 100;

/**
 * CPU seconds used so far by Chromium's renderer and GPU processes, read from /proc per thread. The "page CPU"
 * is the renderer's main thread plus the map's worker (DedicatedWorker threads); the renderer's other threads
 * (compositor, raster, V8 helpers, IO) are reported beside it, and so is the GPU process (SwiftShader draws there).
 */
const readdir = (dir) => { try { return readdirSync(dir); } catch { return []; } };
function threadSeconds(pid, tid) {
  const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  const fields = s.slice(s.lastIndexOf(') ') + 2).split(' ');
  return { name: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), seconds: (Number(fields[11]) + Number(fields[12])) / CLK_TCK };
}
async function cpu() {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const out = { renderer: 0, main: 0, worker: 0, otherThreads: 0, gpu: 0 };
  for (const p of processInfo) {
    if (p.type !== 'renderer' && p.type !== 'GPU') continue;
    for (const tid of readdir(`/proc/${p.id}/task`)) {
      let t;
      try { t = threadSeconds(p.id, tid); } catch { continue; /* thread ended */ }
      if (p.type === 'GPU') { out.gpu += t.seconds; continue; }
      out.renderer += t.seconds;
      if (String(p.id) === tid) out.main += t.seconds;
      else if (t.name.startsWith('DedicatedWorker')) out.worker += t.seconds;
      else out.otherThreads += t.seconds;
    }
  }
  return out;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN; };

async function openPage(origin, testBuild) {
  // The test builds take the peer's script put into the page (the app's CSP would refuse an inline script).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: testBuild });
  const bytes = { js: 0, css: 0, geo: 0, content: 0, other: 0 };
  const page = await context.newPage();
  // Responses are only collected during the load; reading and compressing them waits until the map is idle, so
  // this process does not take CPU from the browser (two cores) while the load is being timed.
  // "The first view" is every request made before the map's first idle (the page, map, timeline and panel drawn).
  // What the app fetches after that, in the background (the selection panels), is reported apart.
  const responses = [];
  page.on('response', (res) => responses.push(res));
  await page.goto(`${origin}?date=2016-01-01#map=5.3/34.6/39`);
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 180_000 });
  if (testBuild) {
    await page.waitForFunction(() => window.__atlas !== undefined, undefined, { timeout: 180_000 });
    await page.evaluate(() => new Promise((resolve) => { window.__atlasMap.once('idle', () => resolve()); window.__atlasMap.triggerRepaint(); }));
  } else {
    // The production build: the content is drawn once the timeline is on screen; give the background fetches time.
    await page.waitForSelector('[data-testid="live-count"]', { timeout: 180_000 });
    await page.waitForTimeout(1500);
  }
  const firstIdleEpoch = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? Infinity));
  const later = { js: 0, css: 0, geo: 0, content: 0, other: 0 };
  for (const res of responses) {
    const url = new URL(res.url());
    if (url.origin !== new URL(origin).origin) continue;
    // A synthetic archive's content files are not read back through the driver (a million events overflow its
    // messages): their gzipped size is reported from the files themselves (contentGzipKB).
    if (testBuild && url.pathname.startsWith('/content/')) continue;
    const body = await res.body().catch(() => Buffer.alloc(0));
    const kind = /\.m?js$/.test(url.pathname) ? 'js' : url.pathname.endsWith('.css') ? 'css' : url.pathname.startsWith('/geo/') ? 'geo' : url.pathname.startsWith('/content/') ? 'content' : 'other';
    const afterFirstView = res.request().timing().startTime > firstIdleEpoch;
    // A file already gzipped (the events file: src/content/events-file.ts) is counted as it is sent.
    (afterFirstView ? later : bytes)[kind] += isGzipped(body) ? body.length : gzipSync(body, { level: 9 }).length;
  }
  bytes.afterFirstView = Object.values(later).reduce((a, b) => a + b, 0);
  const marks = await page.evaluate(() => ({
    firstIdle: performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? NaN,
    firstData: performance.getEntriesByName('atlas:events-first-draw')[0]?.startTime ?? NaN,
  }));
  // The production build registers its service worker after the first idle: when it is ready (the precache done).
  marks.serviceWorkerReady =
    testBuild
      ? NaN
      : await page.evaluate(() =>
          Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 30_000))]).then(() => performance.getEntriesByName('atlas:service-worker-ready')[0]?.startTime ?? NaN),
        );
  return { context, page, bytes, marks };
}

async function heapMB(page) {
  const s = await page.context().newCDPSession(page);
  const { usedSize } = await s.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Chromium ${browser.version()}, software WebGL`, real: null, cases: [] };

// Real content: first load and bytes (5 loads, median), after one load that only warms up the freshly started
// browser process (a reader's browser is already running; each load still has an empty HTTP cache).
await (await openPage(productionBase, false)).context.close();
const realLoads = [];
for (let i = 0; i < 5; i++) {
  const r = await openPage(productionBase, false);
  realLoads.push(r);
  await r.context.close();
}
results.real = {
  firstIdleMs: median(realLoads.map((r) => r.marks.firstIdle)),
  serviceWorkerReadyMs: median(realLoads.map((r) => r.marks.serviceWorkerReady)),
  bytes: realLoads[0].bytes,
  firstViewKB: Object.entries(realLoads[0].bytes).reduce((a, [k, b]) => a + (k === 'afterFirstView' ? 0 : b), 0) / 1024,
};

/** The peer (bench/deck-peer.ts: deck.gl's ScatterplotLayer with the DataFilterExtension), bundled for the page. */
const deckPeer = (await esbuild({ entryPoints: ['bench/deck-peer.ts'], bundle: true, format: 'iife', minify: true, write: false })).outputFiles[0].text;

/** The test build made with `n` synthetic events compiled into its public folder; returns its server's URL. */
async function archiveBuild(n) {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
  cpSync('public', join(dir, 'public'), { recursive: true });
  const archive = syntheticArchive(n);
  writeCompiled(archive, join(dir, 'public', 'content', 'content.json'));
  execFileSync('npx', ['vite', 'build', '--mode', 'test', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, ATLAS_PUBLIC_DIR: join(dir, 'public') } });
  const built = await preview({ build: { outDir: join(dir, 'dist') }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const read = decodeEvents(archive.events.slice().buffer);
  if (!read.ok) throw new Error(read.reason);
  return { dir, archive, rows: read.rows, server: built, url: built.resolvedUrls.local[0] };
}

for (const n of SIZES) {
  const build = await archiveBuild(n);
  const { context, page, bytes, marks } = await openPage(build.url, true);
  // A benchmark of an empty map measures nothing: stop if the app left any synthetic event out.
  const problems = await page.locator('.notice', { hasText: 'Content problems' }).textContent({ timeout: 1000 }).catch(() => null);
  if (problems) throw new Error(`the synthetic content did not pass the app's checks: ${problems}`);
  const rows = new Float64Array(build.rows.length * 3);
  for (let i = 0; i < build.rows.length; i++) rows.set([Number.isNaN(build.rows.lon[i]) ? 36.3 : build.rows.lon[i], Number.isNaN(build.rows.lat[i]) ? 33.5 : build.rows.lat[i], build.rows.start[i]], 3 * i);
  await page.addScriptTag({ content: deckPeer });
  await page.evaluate(install, Buffer.from(rows.buffer).toString('base64'));
  // At a million, MapLibre's GeoJSON baselines (a million features tiled in its worker) are left out: that is the
  // path this design exists to avoid, and it would take the run's time and memory.
  const modes = ['blank', 'redraw', 'ours', 'dots', 'deck', ...(n < 1_000_000 ? ['setFilter', 'setData'] : [])];
  const steps = Object.fromEntries(modes.map((m) => [m, []]));
  const cpuPerStep = Object.fromEntries(modes.map((m) => [m, []]));
  // Chromium's own counters for the page's main thread: time in script, and in style and layout.
  const metricsSession = await page.context().newCDPSession(page);
  await metricsSession.send('Performance.enable');
  const mainThread = async () => {
    const { metrics } = await metricsSession.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration'), styleLayout: get('RecalcStyleDuration') + get('LayoutDuration') };
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of modes) {
      // Fewer steps where one takes seconds (the GeoJSON baselines at 100,000; the peer and the ungrouped dots at a
      // million), so a full run stays under an hour; the median still has a step from every round.
      const slow = (mode === 'setFilter' && n >= 100_000) || (n >= 1_000_000 && (mode === 'deck' || mode === 'dots'));
      const k = mode === 'setData' ? (n >= 100_000 ? 6 : 12) : slow ? (n >= 1_000_000 && mode === 'deck' ? 4 : 10) : 25;
      await page.evaluate((m) => window.__bench.useMode(m), mode);
      const dates = Array.from({ length: k }, (_, s) => day(2016, 1, 1) + ((round * 97 + s * 131) % 3600));
      const before = await cpu();
      const mainBefore = await mainThread();
      steps[mode].push(...(await page.evaluate(([m, d]) => window.__bench.steps(m, d), [mode, dates])));
      const after = await cpu();
      const mainAfter = await mainThread();
      // The redraw control does an untimed step before each timed repaint: its CPU would count both, so none is kept.
      if (mode !== 'redraw') {
        cpuPerStep[mode].push({
          ...Object.fromEntries(Object.keys(after).map((key) => [key, ((after[key] - before[key]) * 1000) / k])),
          script: ((mainAfter.script - mainBefore.script) * 1000) / k,
          styleLayout: ((mainAfter.styleLayout - mainBefore.styleLayout) * 1000) / k,
        });
      }
    }
  }
  // One second of scrubbing every frame through the app's time setter, per mode.
  const scrub = {};
  for (const mode of modes.filter((m) => m !== 'redraw')) {
    await page.evaluate((m) => window.__bench.useMode(m), mode);
    scrub[mode] = await page.evaluate(([m, a, b]) => window.__bench.scrubSecond(m, a, b), [mode, day(2016, 1, 1), day(2025, 12, 31)]);
  }
  // One second of dragging the real slider with the mouse (our layer only).
  await page.evaluate(() => window.__bench.useMode('ours'));
  const track = await page.locator('.timeline__track').boundingBox();
  await page.evaluate(() => window.__bench.watchDrag());
  await page.mouse.move(track.x + 5, track.y + 20);
  await page.mouse.down();
  const t0 = Date.now();
  while (Date.now() - t0 < 1000) await page.mouse.move(track.x + 5 + ((Date.now() - t0) / 1000) * (track.width - 10), track.y + 20);
  const drag = await page.evaluate(() => window.__bench.stopDrag());
  await page.mouse.up();

  const sum = (m) => ({ median: median(steps[m]), p95: p95(steps[m]), n: steps[m].length, cpuRenderer: median(cpuPerStep[m].map((c) => c.renderer)), cpuPage: median(cpuPerStep[m].map((c) => c.main + c.worker)), cpuMain: median(cpuPerStep[m].map((c) => c.main)), cpuWorker: median(cpuPerStep[m].map((c) => c.worker)), cpuOtherThreads: median(cpuPerStep[m].map((c) => c.otherThreads)), cpuGpu: median(cpuPerStep[m].map((c) => c.gpu)), scriptMs: median(cpuPerStep[m].map((c) => c.script)), styleLayoutMs: median(cpuPerStep[m].map((c) => c.styleLayout)), scrub: scrub[m] });
  results.cases.push({
    events: n,
    synthetic: true,
    // content.json and the events' layout as the page holds them; gzipped: content.json, and the events file as stored.
    contentMB: (build.archive.content.length + build.archive.events.byteLength) / 1e6,
    contentGzipKB: (gzipSync(build.archive.content, { level: 6 }).length + storedEvents(build.archive.events).length) / 1024,
    textsMB: build.archive.texts.length / 1e6,
    firstIdleMs: marks.firstIdle,
    firstDataMs: marks.firstData,
    heapMB: await heapMB(page),
    bytes,
    modes: Object.fromEntries(modes.map((m) => [m, sum(m)])),
    sliderDrag: drag,
  });
  await context.close();
  await build.server.close();
  rmSync(build.dir, { recursive: true, force: true });
  console.log(`measured ${n.toLocaleString('en-GB')} events`);
}

await browser.close();
await productionServer.close();
const v = verdict(results);
results.verdict = v;
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
printReport(results);
console.log('\nwrote bench/results/latest.json');
process.exit(v.every((c) => c.pass) ? 0 : 1);
