// npm run bench:summary -- RUN.json RUN.json RUN.json: the budgets judged on the median of several full benchmark
// runs (each a bench/results/latest.json kept aside), with the spread. A budget passes when the median meets it; the
// spread shows whether it passes by more than the noise.
import { readFileSync } from 'node:fs';
import { CHECKS, at, meets, num } from './report.mjs';

const files = process.argv.slice(2);
if (files.length < 3) {
  console.error('usage: npm run bench:summary -- run-1.json run-2.json run-3.json (at least three runs)');
  process.exit(2);
}
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
// The middle value, or the mean of the two middle values for an even count (not the lower one, which leans to a pass).
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };
const sizes = [...new Set(runs.flatMap((r) => r.cases.map((c) => c.events)))].sort((a, b) => a - b);

/** One measure over the runs that have it: median, lowest and highest. */
function over(pick) {
  const xs = runs.map((r) => num(pick(r))).filter(Number.isFinite);
  return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null;
}
const show = (m, digits, unit = '') => (m ? `${m.median.toFixed(digits)}${unit} (${m.min.toFixed(digits)}–${m.max.toFixed(digits)}, ${m.n} of ${runs.length} runs)` : 'no data');

for (const n of sizes) {
  for (const mode of Object.keys(runs.map((r) => at(r, n)).find(Boolean)?.modes ?? {})) {
    const counts = new Set(runs.map((r) => at(r, n)?.modes[mode]?.n).filter((x) => x !== undefined));
    if (counts.size > 1) console.log(`note: ${mode} at ${n.toLocaleString('en-GB')} took ${[...counts].join(' / ')} steps in different runs`);
  }
}
console.log(`Budgets over ${runs.length} full runs (${runs.map((r) => r.date.slice(0, 16)).join(', ')})\n`);
console.log('| budget | median (lowest–highest) | limit | verdict |\n|---|---|---|---|');
for (const check of CHECKS) {
  const m = over(check.figure);
  const limit = check.op ? `${check.op} ${check.limit}${check.unit}` : '';
  if (!m) {
    console.log(`| ${check.name} | no data | ${limit} | ${check.op ? 'not judged' : ''} |`);
    continue;
  }
  // A pass by less than the spread is not a pass: the whole range must meet the budget.
  const verdict = !check.op ? 'reported' : !meets(check, m.median) ? 'FAIL' : meets(check, m.min) && meets(check, m.max) ? 'pass' : 'pass by less than the spread';
  console.log(`| ${check.name} | ${show(m, check.digits, check.unit)} | ${limit} | ${verdict} |`);
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
