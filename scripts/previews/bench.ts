// Measures both resvg builds on every preview (no cache): the figures behind the choice in docs/deploy.md ("Link previews").
//
//   tsx scripts/previews/bench.ts [--rounds 3]
//
// Each renderer runs in its own child process, so the cost of loading it (the native module, or compiling the
// WebAssembly) is measured from cold. Prints, per renderer: load, first image, then per image over the later rounds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRenderer, previewJobs, type RendererName } from './render';

const { values } = parseArgs({ options: { one: { type: 'string' }, rounds: { type: 'string', default: '3' } } });
const options = { contentDir: 'public/content', geoDir: 'public/geo' };

interface Figures {
  renderer: RendererName;
  images: number;
  loadMs: number;
  firstMs: number;
  firstRoundMs: number;
  perImageMs: number;
  medianMs: number;
  maxMs: number;
  /** SHA-256 over all the PNGs, to compare renderers and rounds. */
  digest: string;
  deterministic: boolean;
}

async function measure(name: RendererName, rounds: number): Promise<Figures> {
  const jobs = previewJobs(options);
  const t0 = performance.now();
  const renderer = await createRenderer(name);
  const loadMs = performance.now() - t0;
  const digests: string[] = [];
  const times: number[] = [];
  let firstMs = 0;
  let firstRoundMs = 0;
  for (let round = 0; round < rounds; round++) {
    const hash = createHash('sha256');
    const roundStart = performance.now();
    jobs.forEach((job, i) => {
      const start = performance.now();
      hash.update(renderer.render(job.svg));
      const ms = performance.now() - start;
      if (round === 0 && i === 0) firstMs = ms;
      if (round > 0) times.push(ms);
    });
    if (round === 0) firstRoundMs = performance.now() - roundStart;
    digests.push(hash.digest('hex'));
  }
  times.sort((a, b) => a - b);
  const steady = times.length > 0 ? times : [firstRoundMs / jobs.length];
  return {
    renderer: name,
    images: jobs.length,
    loadMs,
    firstMs,
    firstRoundMs,
    perImageMs: steady.reduce((a, b) => a + b, 0) / steady.length,
    medianMs: steady[Math.floor(steady.length / 2)] ?? 0,
    maxMs: steady[steady.length - 1] ?? 0,
    digest: digests[0] ?? '',
    deterministic: digests.every((d) => d === digests[0]),
  };
}

const rounds = Math.max(1, Number(values.rounds));
if (values.one === 'resvg-js' || values.one === 'resvg-wasm') {
  console.log(JSON.stringify(await measure(values.one, rounds)));
} else {
  const self = fileURLToPath(import.meta.url);
  const all: Figures[] = (['resvg-js', 'resvg-wasm'] as const).map((name) => {
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--one', name, '--rounds', String(rounds)], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Figures;
  });
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${all[0]?.images ?? 0} images, ${rounds} rounds; per-image figures from rounds 2–${rounds}\n`);
  console.log('renderer     load       first image  first round  per image (mean / median / max)  deterministic');
  for (const r of all) {
    console.log(
      `${r.renderer.padEnd(12)} ${f(r.loadMs).padEnd(10)} ${f(r.firstMs).padEnd(12)} ${f(r.firstRoundMs).padEnd(12)} ` +
        `${`${f(r.perImageMs)} / ${f(r.medianMs)} / ${f(r.maxMs)}`.padEnd(32)} ${r.deterministic ? 'yes' : 'NO'}`,
    );
  }
  const [a, b] = all;
  if (a && b) {
    console.log(`\nwasm / native per image: ${(b.perImageMs / a.perImageMs).toFixed(2)}×; same PNG bytes from both: ${a.digest === b.digest ? 'yes' : 'no'}`);
  }
}
