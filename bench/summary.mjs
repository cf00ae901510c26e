// npm run bench:summary -- RUN.json RUN.json RUN.json: the budgets judged on the median of several full benchmark
// runs (each a bench/results/latest.json kept aside), with the spread. A budget passes when the median meets it; the
// spread shows whether it passes by more than the noise.
import { readFileSync } from 'node:fs';
import { BUDGETS } from './report.mjs';

const files = process.argv.slice(2);
if (files.length < 3) {
  console.error('usage: npm run bench:summary -- run-1.json run-2.json run-3.json (at least three runs)');
  process.exit(2);
}
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
// The middle value, or the mean of the two middle values for an even count (not the lower one, which leans to a pass).
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };
/** A figure from a run's JSON, or NaN when the run lacks it (JSON writes NaN as null). */
const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : NaN);
const ratio = (a, b) => num(a) / num(b);
const at = (run, n) => run.cases.find((c) => c.events === n);
const sizes = [...new Set(runs.flatMap((r) => r.cases.map((c) => c.events)))].sort((a, b) => a - b);

/** One measure over the runs that have it: median, lowest and highest. */
function over(pick) {
  const xs = runs.map((r) => num(pick(r))).filter(Number.isFinite);
  return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null;
}
const show = (m, digits, unit = '') => (m ? `${m.median.toFixed(digits)}${unit} (${m.min.toFixed(digits)}–${m.max.toFixed(digits)}, ${m.n} of ${runs.length} runs)` : 'no data');

const checks = [
  ['median step at 100,000 ÷ blank repaint', (r) => ratio(at(r, 100_000)?.modes.ours.median, at(r, 100_000)?.modes.blank.median), '≤', BUDGETS.stepVsBlank, 2, '×'],
  ['setFilter ÷ ours at 100,000', (r) => ratio(at(r, 100_000)?.modes.setFilter?.median, at(r, 100_000)?.modes.ours.median), '≥', BUDGETS.vsSetFilter, 1, '×'],
  ['deck.gl ÷ ours at 100,000 (the peer, for the record)', (r) => ratio(at(r, 100_000)?.modes.deck?.median, at(r, 100_000)?.modes.ours.median), '', NaN, 2, '×'],
  ['page CPU per step at 100,000 (main + map worker)', (r) => at(r, 100_000)?.modes.ours.cpuPage, '≤', BUDGETS.cpuMsPerStep, 1, ' ms'],
  ['first idle, real content', (r) => r.real.firstIdleMs, '≤', BUDGETS.firstIdleMs, 0, ' ms'],
  ['first view, gzipped', (r) => r.real.firstViewKB, '≤', BUDGETS.firstViewKB, 1, ' KB'],
  ['first idle at 100,000', (r) => at(r, 100_000)?.firstIdleMs, '≤', BUDGETS.firstIdle100kMs, 0, ' ms'],
  ['a million open: first idle and events drawn', (r) => Math.max(num(at(r, 1_000_000)?.firstIdleMs), num(at(r, 1_000_000)?.firstDataMs)), '≤', BUDGETS.firstIdle1MMs, 0, ' ms'],
  ['JS heap at 1,000,000 (reported)', (r) => at(r, 1_000_000)?.heapMB, '', NaN, 0, ' MB'],
  ['median step at 1,000,000 ÷ blank repaint', (r) => ratio(at(r, 1_000_000)?.modes.ours.median, at(r, 1_000_000)?.modes.blank.median), '≤', BUDGETS.step1MVsBlank, 2, '×'],
];

for (const n of sizes) {
  for (const mode of Object.keys(runs.map((r) => at(r, n)).find(Boolean)?.modes ?? {})) {
    const counts = new Set(runs.map((r) => at(r, n)?.modes[mode]?.n).filter((x) => x !== undefined));
    if (counts.size > 1) console.log(`note: ${mode} at ${n.toLocaleString('en-GB')} took ${[...counts].join(' / ')} steps in different runs`);
  }
}
console.log(`Budgets over ${runs.length} full runs (${runs.map((r) => r.date.slice(0, 16)).join(', ')})\n`);
console.log('| budget | median (lowest–highest) | limit | verdict |\n|---|---|---|---|');
for (const [name, pick, op, limit, digits, unit] of checks) {
  const m = over(pick);
  if (!m) {
    console.log(`| ${name} | no data | ${op ? `${op} ${limit}${unit}` : ''} | ${op ? 'not judged' : ''} |`);
    continue;
  }
  // A pass by less than the spread is not a pass: the whole range must meet the budget.
  const meets = (x) => (op === '≤' ? x <= limit : x >= limit);
  const verdict = !op ? 'reported' : !meets(m.median) ? 'FAIL' : meets(m.min) && meets(m.max) ? 'pass' : 'pass by less than the spread';
  console.log(`| ${name} | ${show(m, digits, unit)} | ${op ? `${op} ${limit}${unit}` : ''} | ${verdict} |`);
}

console.log('\nMedian step in ms per mode (lowest–highest over the runs), and frames in one second of scrubbing\n');
const modes = [...new Set(runs.flatMap((r) => r.cases.flatMap((c) => Object.keys(c.modes))))];
console.log(`| mode | ${sizes.map((n) => n.toLocaleString('en-GB')).join(' | ')} |\n|---|${sizes.map(() => '---|').join('')}`);
for (const mode of modes) {
  const cells = sizes.map((n) => {
    const step = over((r) => at(r, n)?.modes[mode]?.median);
    const frames = over((r) => at(r, n)?.modes[mode]?.scrub?.frames);
    return step ? `${show(step, 1).replace(`, ${runs.length} of ${runs.length} runs)`, ')')}${frames ? `; ${frames.median} frames` : ''}` : '–';
  });
  console.log(`| ${mode} | ${cells.join(' | ')} |`);
}
console.log('\nFirst idle (the map idle, basemap drawn), events first drawn, JS heap and page CPU per step (ours), per size\n');
console.log('| events | first idle ms | events drawn ms | JS heap MB | page CPU ms/step |\n|---|---|---|---|---|');
for (const n of sizes) {
  const cells = [(r) => at(r, n)?.firstIdleMs, (r) => at(r, n)?.firstDataMs, (r) => at(r, n)?.heapMB].map((pick) => show(over(pick), 0));
  console.log(`| ${n.toLocaleString('en-GB')} | ${cells.join(' | ')} | ${show(over((r) => at(r, n)?.modes.ours.cpuPage), 1)} |`);
}
