// Search at scale: builds the index (src/content/search-index.ts, the code the page runs, in a worker above 20,000
// entries) over the real content plus N SYNTHETIC events (bench/synthetic.mjs), and times queries. Node, not the
// browser: the worker runs this same code, so this is the time a keystroke waits for, less the message round trip.
//   npx tsx bench/search.ts [10000 100000 1000000]
import { readCompiledContent } from '../scripts/compiled-content';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, searchIndex, type SearchEntry } from '../src/content/search-index';
import { withSyntheticEvents } from './synthetic.mjs';

interface Bundle {
  sites: { id: string; names: { en: string; ar?: string; ru?: string; aliases?: string[] } }[];
  events: { id: string; title: string; place: Record<string, unknown> }[];
}
const real = readCompiledContent() as unknown as Bundle;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const QUERIES = ['tartus', 'hmeymim', 'khmeimin', 'synthetic event 99999', 'benchmark', 'qa', 'zzzzz'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

for (const n of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
  const content = withSyntheticEvents(real, n) as Bundle;
  const site = new Map(content.sites.map((s) => [s.id, s]));
  const entries: SearchEntry[] = [
    ...content.sites.map((s) => ({ kind: 'site' as const, id: s.id, label: s.names.en, names: [s.id, s.names.en, s.names.ar ?? '', s.names.ru ?? '', ...(s.names.aliases ?? [])] })),
    ...content.events.map((e) => {
      const at = typeof e.place.site === 'string' ? site.get(e.place.site)?.names : undefined;
      return { kind: 'event' as const, id: e.id, label: e.title, names: [e.title, ...(at ? [at.en, at.ar ?? '', at.ru ?? ''] : typeof e.place.name === 'string' ? [e.place.name] : [])] };
    }),
  ];
  const t0 = performance.now();
  const index = buildSearchIndex(entries);
  const build = performance.now() - t0;
  const rows = QUERIES.map((q) => {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const r = searchIndex(index, q);
      times.push(performance.now() - t);
      total = Object.values(r.totals).reduce((a, b) => a + (b ?? 0), 0);
    }
    return `  "${q}": median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${total.toLocaleString('en-GB')} matches)`;
  });
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`${n.toLocaleString('en-GB')} synthetic events + the real content: index built in ${build.toFixed(0)} ms (heap ${heap.toFixed(0)} MB)`);
  console.log(rows.join('\n'));
}
