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

export function verdict(r) {
  // The step budgets are set at 100,000 events: a quick run without them (--sizes 1000) judges only the first view.
  const big = r.cases.find((c) => c.events === 100_000);
  const out = [];
  if (big) {
    const ours = big.modes.ours;
    out.push({ check: `median step at ${big.events.toLocaleString('en-GB')} ≤ ${BUDGETS.stepVsBlank}× blank repaint`, value: `${(ours.median / big.modes.blank.median).toFixed(2)}×`, pass: ours.median <= BUDGETS.stepVsBlank * big.modes.blank.median });
    if (big.modes.setFilter) out.push({ check: `setFilter / ours ≥ ${BUDGETS.vsSetFilter}×`, value: `${(big.modes.setFilter.median / ours.median).toFixed(1)}×`, pass: big.modes.setFilter.median >= BUDGETS.vsSetFilter * ours.median });
    if (big.modes.deck) out.push({ check: `deck.gl (the peer) / ours, for the record`, value: `${(big.modes.deck.median / ours.median).toFixed(2)}×`, pass: true });
    out.push({ check: `page CPU per step (main thread + map worker) ≤ ${BUDGETS.cpuMsPerStep} ms`, value: `${ours.cpuPage.toFixed(1)} ms (whole renderer process ${ours.cpuRenderer.toFixed(1)} ms)`, pass: ours.cpuPage <= BUDGETS.cpuMsPerStep });
  }
  const at100k = r.cases.find((c) => c.events === 100_000);
  if (at100k) out.push({ check: `first map idle at 100,000 events ≤ ${BUDGETS.firstIdle100kMs} ms`, value: `${Math.round(at100k.firstIdleMs)} ms`, pass: at100k.firstIdleMs <= BUDGETS.firstIdle100kMs });
  const million = r.cases.find((c) => c.events === 1_000_000);
  if (million) {
    // At a million the map is idle with its basemap before the events are drawn: "open" is when both have happened.
    const open = Number.isFinite(million.firstDataMs) ? Math.max(million.firstIdleMs, million.firstDataMs) : NaN;
    out.push({ check: `a million events open (first idle and events drawn) ≤ ${BUDGETS.firstIdle1MMs} ms`, value: `${Number.isFinite(open) ? `${Math.round(open)} ms` : 'events never drawn'} (first idle ${Math.round(million.firstIdleMs)} ms; JS heap ${Math.round(million.heapMB)} MB)`, pass: open <= BUDGETS.firstIdle1MMs });
    const x = million.modes.ours.median / million.modes.blank.median;
    out.push({ check: `median step at 1,000,000 ≤ ${BUDGETS.step1MVsBlank}× blank repaint`, value: `${x.toFixed(2)}×`, pass: x <= BUDGETS.step1MVsBlank });
  }
  out.push({ check: `first map idle (real content) ≤ ${BUDGETS.firstIdleMs} ms`, value: `${Math.round(r.real.firstIdleMs)} ms`, pass: r.real.firstIdleMs <= BUDGETS.firstIdleMs });
  out.push({ check: `first view downloads ≤ ${BUDGETS.firstViewKB} KB gzipped`, value: `${Math.round(r.real.firstViewKB)} KB`, pass: r.real.firstViewKB <= BUDGETS.firstViewKB });
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
    console.log(`  ${c.events.toLocaleString('en-GB').padStart(9)} events: ${Math.round(c.firstIdleMs)} ms / ${Math.round(c.firstDataMs)} ms / ${f(c.heapMB, 0)} MB / ${f(c.contentMB)} MB content.json + events.bin (${Math.round(c.contentGzipKB)} KB gzipped)`);
  }
  console.log('\nA step against a plain repaint of the frame it produces (what drawing that frame costs):');
  for (const c of r.cases) {
    if (c.modes.redraw) console.log(`  ${c.events.toLocaleString('en-GB').padStart(9)} events: ${f(c.modes.ours.median)} / ${f(c.modes.redraw.median)} ms = ${f(c.modes.ours.median / c.modes.redraw.median, 2)}×`);
  }
  console.log('\nVerdict:');
  for (const v of r.verdict) console.log(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.check}: ${v.value}`);
}
