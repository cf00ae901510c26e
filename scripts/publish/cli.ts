import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publish } from './publish';

/** PUBLIC_ORIGIN, checked: an origin (`https://atlas.example.org`), no path, or null when unset. */
export function publicOrigin(value: string | undefined): string | null {
  if (!value) return null;
  const url = new URL(value);
  if (url.origin !== value.replace(/\/$/, '')) throw new Error(`PUBLIC_ORIGIN must be an origin such as https://atlas.example.org, without a path (got "${value}"); the path comes from BASE_PATH`);
  return url.origin;
}

// Run by the build (vite.config.ts, after the bundle is written): `--out dist --public public --base /atlas/`.
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, public: { type: 'string', default: 'public' }, base: { type: 'string', default: '/' } } });
await publish({
  outDir: resolve(values.out),
  publicDir: resolve(values.public),
  site: { base: values.base, origin: publicOrigin(process.env.PUBLIC_ORIGIN) },
  cacheDir: resolve('node_modules/.cache/atlas-previews'),
  log: (line) => console.log(line),
});
