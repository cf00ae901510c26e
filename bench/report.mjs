// The benchmark's budgets and its table.
// #15's budgets, with headroom (judged on the median of three full runs, docs/performance.md).
export const BUDGETS = {
  stepVsBlank: 1.5, // median step at 100k at most 1.5× a blank repaint
  vsSetFilter: 6, // and at least 6× faster than setFilter
  cpuMsPerStep: 4, // page CPU per step: the renderer's main thread plus the map's worker, from /proc
  firstIdleMs: 1300, // with the real content
  firstViewKB: 560, // everything the first view downloads, gzipped
  firstIdle100kMs: 2000, // 100,000 synthetic events, built as an archive
  firstIdle1MMs: 10_000, // a million
  step1MVsBlank: 4, // a step at a million at most 4× a blank repaint
};

/** A figure from a run, or NaN when the run lacks it (a size not run; JSON writes NaN as null). */
export const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : NaN);
export const at = (r, n) => r.cases.find((c) => c.events === n);
const ratio = (a, b) => num(a) / num(b);

/**
 * The budgets as one table, read by this run's verdict and by bench:summary over several runs: what each measures in
 * a run (NaN when the run has no such case: a quick run judges only the first view), how it compares, and its limit.
 * `op` '' is a figure reported beside the budgets, not judged.
 */
export const CHECKS = [
  { name: 'median step at 100,000 ÷ blank repaint', figure: (r) => ratio(at(r, 100_000)?.modes.ours.median, at(r, 100_000)?.modes.blank.median), op: '≤', limit: BUDGETS.stepVsBlank, digits: 2, unit: '×' },
  { name: 'setFilter ÷ ours at 100,000', figure: (r) => ratio(at(r, 100_000)?.modes.setFilter?.median, at(r, 100_000)?.modes.ours.median), op: '≥', limit: BUDGETS.vsSetFilter, digits: 1, unit: '×' },
  { name: 'deck.gl ÷ ours at 100,000 (the peer, for the record)', figure: (r) => ratio(at(r, 100_000)?.modes.deck?.median, at(r, 100_000)?.modes.ours.median), op: '', limit: NaN, digits: 2, unit: '×' },
  { name: 'page CPU per step at 100,000 (main thread + map worker)', figure: (r) => num(at(r, 100_000)?.modes.ours.cpuPage), op: '≤', limit: BUDGETS.cpuMsPerStep, digits: 1, unit: ' ms' },
  { name: 'first idle, real content', figure: (r) => num(r.real.firstIdleMs), op: '≤', limit: BUDGETS.firstIdleMs, digits: 0, unit: ' ms' },
  { name: 'first view, gzipped', figure: (r) => num(r.real.firstViewKB), op: '≤', limit: BUDGETS.firstViewKB, digits: 1, unit: ' KB' },
  { name: 'first idle at 100,000', figure: (r) => num(at(r, 100_000)?.firstIdleMs), op: '≤', limit: BUDGETS.firstIdle100kMs, digits: 0, unit: ' ms' },
  // At a million the map is idle with its basemap before the events are drawn: "open" is when both have happened.
  { name: 'a million open: first idle and events drawn', figure: (r) => Math.max(num(at(r, 1_000_000)?.firstIdleMs), num(at(r, 1_000_000)?.firstDataMs)), op: '≤', limit: BUDGETS.firstIdle1MMs, digits: 0, unit: ' ms', absent: (r) => at(r, 1_000_000) !== undefined && 'events never drawn' },
  { name: 'JS heap at 1,000,000', figure: (r) => num(at(r, 1_000_000)?.heapMB), op: '', limit: NaN, digits: 0, unit: ' MB' },
  { name: 'median step at 1,000,000 ÷ blank repaint', figure: (r) => ratio(at(r, 1_000_000)?.modes.ours.median, at(r, 1_000_000)?.modes.blank.median), op: '≤', limit: BUDGETS.step1MVsBlank, digits: 2, unit: '×' },
];

export const meets = (check, x) => !check.op || (check.op === '≤' ? x <= check.limit : x >= check.limit);

/** This run against the budgets: the checks it has a figure for, and a fail for a million whose events never drew. */
export function verdict(r) {
  const out = [];
  for (const c of CHECKS) {
    const x = c.figure(r);
    const label = `${c.name}${c.op ? ` ${c.op} ${c.limit}${c.unit}` : ' (reported)'}`;
    if (Number.isFinite(x)) out.push({ check: label, value: `${x.toFixed(c.digits)}${c.unit}`, pass: meets(c, x), reported: !c.op });
    else if (c.absent?.(r)) out.push({ check: label, value: c.absent(r), pass: false });
  }
  return out;
}

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');

export function printReport(r) {
  console.log(`\nAnalysis Atlas benchmark — ${r.date}\n${r.machine}\n`);
  const b = r.real.bytes;
  console.log(`Real content: first idle ${Math.round(r.real.firstIdleMs)} ms (service worker registered after it, ready at ${Math.round(r.real.serviceWorkerReadyMs)} ms); first view ${Math.round(r.real.firstViewKB)} KB gzipped (JS ${Math.round(b.js / 1024)}, CSS ${Math.round(b.css / 1024)}, map data ${Math.round(b.geo / 1024)}, content ${Math.round(b.content / 1024)}, other ${Math.round(b.other / 1024)}); fetched after it, in the background: ${Math.round((b.afterFirstView ?? 0) / 1024)} KB\n`);
  const head = ['events (synthetic)', 'mode', 'step median ms', 'p95 ms', '× blank', 'CPU/step page ms (main+worker)', 'main', 'worker', 'script', 'style+layout', 'other renderer threads', 'GPU proc ms', 'frames in 1 s scrub', 'lag after input ms'];
  const rows = [];
  for (const c of r.cases) {
    for (const [mode, m] of Object.entries(c.modes)) {
      const label = mode === 'redraw' ? 'redraw (same frame)' : mode === 'dots' ? 'ours, dots (no grouping)' : mode === 'deck' ? 'deck.gl + DataFilterExtension' : mode;
      rows.push([c.events.toLocaleString('en-GB'), label, f(m.median), f(m.p95), f(m.median / c.modes.blank.median, 2), f(m.cpuPage), f(m.cpuMain), f(m.cpuWorker), f(m.scriptMs), f(m.styleLayoutMs), f(m.cpuOtherThreads), f(m.cpuGpu), m.scrub ? String(m.scrub.frames) : '–', f(m.scrub?.lagMs ?? NaN, 0)]);
    }
    rows.push([c.events.toLocaleString('en-GB'), 'ours, real slider', '', '', '', '', '', '', '', '', '', '', String(c.sliderDrag.frames), f(c.sliderDrag.lagMs, 0)]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('\nPer case: first idle / first events drawn / JS heap / content size');
  for (const c of r.cases) {
    console.log(`  ${c.events.toLocaleString('en-GB').padStart(9)} events: ${Math.round(c.firstIdleMs)} ms / ${Math.round(c.firstDataMs)} ms / ${f(c.heapMB, 0)} MB / ${f(c.contentMB)} MB content.json + events inflated (${Math.round(c.contentGzipKB)} KB gzipped, the events file as stored)`);
  }
  console.log('\nA step against a plain repaint of the frame it produces (what drawing that frame costs):');
  for (const c of r.cases) {
    if (c.modes.redraw) console.log(`  ${c.events.toLocaleString('en-GB').padStart(9)} events: ${f(c.modes.ours.median)} / ${f(c.modes.redraw.median)} ms = ${f(c.modes.ours.median / c.modes.redraw.median, 2)}×`);
  }
  console.log('\nVerdict:');
  for (const v of r.verdict) console.log(`  ${v.reported ? '    ' : v.pass ? 'PASS' : 'FAIL'}  ${v.check}: ${v.value}`);
}
