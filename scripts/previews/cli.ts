// Writes the social preview cards and the app icons (docs/deploy.md, "Link previews").
//
//   tsx scripts/previews/cli.ts --out dist/previews [--content public/content] [--geo public/geo]
//                               [--cache node_modules/.cache/atlas-previews] [--renderer resvg-wasm|resvg-js]
import { parseArgs } from 'node:util';
import { writePreviews, type RendererName } from './render';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist/previews' },
    content: { type: 'string', default: 'public/content' },
    geo: { type: 'string', default: 'public/geo' },
    cache: { type: 'string', default: 'node_modules/.cache/atlas-previews' },
    renderer: { type: 'string' },
  },
});

const renderers: readonly RendererName[] = ['resvg-wasm', 'resvg-js'];
const renderer = renderers.find((r) => r === values.renderer);
if (values.renderer !== undefined && !renderer) {
  console.error(`--renderer must be one of: ${renderers.join(', ')}`);
  process.exit(2);
}

const started = performance.now();
const results = await writePreviews({ contentDir: values.content, geoDir: values.geo, outDir: values.out, cacheDir: values.cache, renderer });
for (const r of results) console.log(`${r.cached ? 'cached  ' : 'rendered'} ${r.ms.toFixed(1).padStart(7)} ms  ${r.file}`);
const rendered = results.filter((r) => !r.cached).length;
console.log(`${results.length} images: ${rendered} rendered, ${results.length - rendered} cached, ${(performance.now() - started).toFixed(0)} ms in all (into ${values.out})`);
