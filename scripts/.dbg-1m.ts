// Debug probe (gitignored): builds the test app with N synthetic events into /tmp/atlas-N, opens it, logs heap.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { syntheticArchive } from '../bench/synthetic-archive';
import { writeCompiled } from './compile-content';

const n = Number(process.argv[2] ?? 1_000_000);
const dir = `/tmp/atlas-${n}`;
const rebuild = process.argv.includes('--rebuild');
if (!existsSync(join(dir, 'public/content/events.bin'))) {
  mkdirSync(dir, { recursive: true });
  cpSync('public', join(dir, 'public'), { recursive: true });
  const t = performance.now();
  writeCompiled(syntheticArchive(n), join(dir, 'public/content/content.json'));
  console.log('archive', Math.round(performance.now() - t), 'ms');
}
if (rebuild || !existsSync(join(dir, 'dist'))) execFileSync('npx', ['vite', 'build', '--mode', 'test', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'warn', ...(process.argv.includes('--plain') ? ['--minify', 'false'] : [])], { stdio: 'inherit', env: { ...process.env, ATLAS_PUBLIC_DIR: join(dir, 'public') } });
const server = await preview({ build: { outDir: join(dir, 'dist') }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console:', m.text().slice(0, 200)));
page.on('crash', () => console.log('CRASH'));
const prof = await page.context().newCDPSession(page);
await prof.send('Profiler.enable');
await prof.send('Profiler.setSamplingInterval', { interval: 1000 });
await prof.send('Profiler.start');
const t0 = Date.now();
void page.goto(`${server.resolvedUrls?.local[0]}?date=2016-01-01#map=5.3/34.6/39`).catch((e) => console.log('goto', String(e).slice(0, 100)));
const s = await page.context().newCDPSession(page);
for (let i = 0; i < 90; i++) {
  await new Promise((r) => setTimeout(r, 2000));
  try {
    const { usedSize } = await s.send('Runtime.getHeapUsage');
    const info = await page.evaluate(() => ({ live: document.querySelector('[data-testid="live-count"]')?.textContent ?? document.querySelector('.timeline__live')?.textContent ?? '', idle: performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? null, alert: document.querySelector('[role="alert"]')?.textContent ?? '' }));
    console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s heap ${(usedSize / 1e6).toFixed(0)} MB`, JSON.stringify(info));
    if (info.idle !== null && i > 3) {
      const entries = await page.evaluate(() => performance.getEntries().filter((e) => e.entryType !== 'resource' || /content|geo|app-|worker/.test(e.name)).map((e) => `${e.entryType} ${e.name.split('/').pop()} start ${Math.round(e.startTime)} end ${Math.round(e.startTime + e.duration)}${'responseStart' in e ? ` ttfb ${Math.round((e as PerformanceResourceTiming).responseStart)}` : ''}`));
      for (const e of entries) console.log(e);
      break;
    }
  } catch (e) {
    console.log('error', String(e).slice(0, 120));
    break;
  }
}
const { profile } = (await prof.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  if (!n) return;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(0).padStart(7), 'ms', k);
// Total (inclusive) time per function, and when (ms after start) it first and last ran.
const parent = new Map<number, number>();
for (const n of profile.nodes as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, { ms: number; first: number; last: number }>();
let clock = 0;
profile.samples.forEach((id, i) => {
  clock += (profile.timeDeltas[i] ?? 0) / 1000;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at);
    if (!n || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)' || n.callFrame.functionName === '(root)') continue;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const t = total.get(key) ?? { ms: 0, first: clock, last: clock };
    t.ms += (profile.timeDeltas[i] ?? 0) / 1000;
    t.last = clock;
    total.set(key, t);
  }
});
console.log('--- inclusive');
for (const [k, v] of [...total].sort((a, b) => b[1].ms - a[1].ms).slice(0, 60)) console.log(v.ms.toFixed(0).padStart(7), 'ms', `${v.first.toFixed(0)}–${v.last.toFixed(0)}`.padStart(12), k);
await browser.close();
await server.close();
