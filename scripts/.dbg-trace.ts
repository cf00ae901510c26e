// Debug probe (gitignored): a Chrome trace of opening /tmp/atlas-N/dist (built by .dbg-1m.ts); busy time per thread until first idle.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const n = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? `/tmp/atlas-${n}/dist`;
const server = await preview({ build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'gpu'] });
await page.goto(`${server.resolvedUrls?.local[0]}${process.argv[4] ?? ''}`);
await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0, undefined, { timeout: 60000 });
const idle = await page.evaluate(() => performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? 0);
const buf = await browser.stopTracing();
const trace = JSON.parse(buf.toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string }; cat: string }[] };
const ev = trace.traceEvents;
const names = new Map<string, string>();
for (const e of ev) if (e.name === 'thread_name' && e.ph === 'M') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
const procNames = new Map<number, string>();
for (const e of ev) if (e.name === 'process_name' && e.ph === 'M') procNames.set(e.pid, e.args?.name ?? '?');
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
const t0 = ev.filter((e) => e.name === 'navigationStart').map((e) => e.ts).sort((a, b) => a - b)[0] ?? nav?.ts ?? 0;
const end = t0 + idle * 1000;
const busy = new Map<string, number>();
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur || !(e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')) continue;
  const a = Math.max(e.ts, t0), b = Math.min(e.ts + e.dur, end);
  if (b <= a) continue;
  const key = `${procNames.get(e.pid) ?? e.pid} / ${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
  busy.set(key, (busy.get(key) ?? 0) + (b - a) / 1000);
}
console.log('first idle', Math.round(idle), 'ms');
{
  const mainKey = [...names].find(([, v]) => v === 'CrRendererMain')?.[0];
  const rp = ev.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'GLES2::ReadPixels' && e.ts < end);
  console.log('ReadPixels on main before idle:', rp.length, 'taking', Math.round(rp.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000), 'ms at', rp.map((e) => Math.round((e.ts - t0) / 1000)).join(' '));
  const fr = ev.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'FireAnimationFrame' && e.ts < end);
  console.log('animation frames before idle:', fr.length, Math.round(fr.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000), 'ms');
}
for (const [k, v] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(v.toFixed(0).padStart(6), 'ms', k);
// Main-thread tasks over 30 ms, in order, with the biggest child event names.
const main = [...names].find(([, v]) => v === 'CrRendererMain')?.[0];
const tasks = ev.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && (e.dur ?? 0) > 30000 && e.ts < end);
for (const t of tasks) {
  const inner = ev.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 10000).map((e) => `${e.name}${(e.args as { data?: { url?: string; functionName?: string } })?.data?.functionName ? ':' + (e.args as { data: { functionName: string } }).data.functionName : ''} ${Math.round((e.dur ?? 0) / 1000)}`);
  console.log(`${Math.round((t.ts - t0) / 1000)} +${Math.round((t.dur ?? 0) / 1000)} ms: ${inner.slice(0, 6).join(', ')}`);
  if ((t.dur ?? 0) > 200000) {
    const agg = new Map<string, number>();
    for (const e of ev) if (`${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t) agg.set(e.name, (agg.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.log('    ', [...agg].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
  }
}
await browser.close();
await server.close();
void join;
