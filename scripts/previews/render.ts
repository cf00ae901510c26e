import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cardJobs, type CardJob } from './cards';
import { readCardContent } from './content';
import { FONT_FILE_NAMES, FONT_FILES } from './fonts';
import { iconJobs } from './icons';
import { loadBasemap } from './project';

/**
 * Renders the social preview cards and the app icons to PNG with resvg, using only the bundled DejaVu fonts, and
 * caches each PNG under the SHA-256 of what decides its pixels: the SVG text, the renderer and its version, and the
 * font files. An unchanged picture is copied from the cache, so a second build renders nothing.
 * docs/deploy.md ("Link previews") gives the measurements behind the choice of renderer.
 */
export type RendererName = 'resvg-wasm' | 'resvg-js';
/** The renderer the build uses: see docs/deploy.md ("Link previews") for the figures. */
export const DEFAULT_RENDERER: RendererName = 'resvg-wasm';

export interface Renderer {
  name: RendererName;
  version: string;
  render: (svg: string) => Uint8Array;
}

const require = createRequire(import.meta.url);
const DEFAULT_FONT = 'DejaVu Sans';

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(dirname(require.resolve(name)), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

let wasmReady: Promise<void> | null = null;

/** Loads a renderer (the native module, or the WebAssembly one, compiled once per process). */
export async function createRenderer(name: RendererName): Promise<Renderer> {
  if (name === 'resvg-js') {
    const { Resvg } = await import('@resvg/resvg-js');
    const font = { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: DEFAULT_FONT };
    return { name, version: packageVersion('@resvg/resvg-js'), render: (svg) => new Resvg(svg, { font }).render().asPng() };
  }
  const wasm = await import('@resvg/resvg-wasm');
  wasmReady ??= wasm.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await wasmReady;
  const fontBuffers = FONT_FILES.map((f) => new Uint8Array(readFileSync(f)));
  const font = { fontBuffers, defaultFontFamily: DEFAULT_FONT };
  return {
    name,
    version: packageVersion('@resvg/resvg-wasm'),
    render: (svg) => {
      const resvg = new wasm.Resvg(svg, { font });
      const image = resvg.render();
      const png = image.asPng();
      image.free();
      resvg.free();
      return png;
    },
  };
}

export function cacheKey(svg: string, renderer: Pick<Renderer, 'name' | 'version'>): string {
  return createHash('sha256').update(`${renderer.name}@${renderer.version}\n${FONT_FILE_NAMES.join(',')}\n${svg}`).digest('hex');
}

export interface PreviewOptions {
  contentDir: string;
  geoDir: string;
  outDir: string;
  cacheDir: string;
  /** Defaults to favicon.svg beside the content folder (public/favicon.svg). */
  favicon?: string;
  renderer?: RendererName;
}

export interface PreviewResult {
  file: string;
  ms: number;
  cached: boolean;
}

/** The pictures to make, as SVG: every card and icon, in a fixed order. */
export function previewJobs(options: Pick<PreviewOptions, 'contentDir' | 'geoDir' | 'favicon'>): CardJob[] {
  const favicon = readFileSync(options.favicon ?? join(options.contentDir, '..', 'favicon.svg'), 'utf8');
  const ctx = { content: readCardContent(options.contentDir), basemap: loadBasemap(options.geoDir), favicon };
  return [...cardJobs(ctx), ...iconJobs(favicon)];
}

/** Writes home.png, sites/, events/, analyses/ and icons/ into outDir; returns each file (relative) and its cost. */
export async function writePreviews(options: PreviewOptions): Promise<PreviewResult[]> {
  const rendererName = options.renderer ?? DEFAULT_RENDERER;
  const identity = { name: rendererName, version: packageVersion(rendererName === 'resvg-js' ? '@resvg/resvg-js' : '@resvg/resvg-wasm') };
  const jobs = previewJobs(options);
  mkdirSync(options.cacheDir, { recursive: true });
  // The renderer is loaded only when something needs rendering: a build with everything cached never loads it.
  let renderer: Renderer | null = null;
  const results: PreviewResult[] = [];
  for (const job of jobs) {
    const start = performance.now();
    const target = join(options.outDir, job.file);
    mkdirSync(dirname(target), { recursive: true });
    const cached = join(options.cacheDir, `${cacheKey(job.svg, identity)}.png`);
    const hit = existsSync(cached);
    if (!hit) {
      renderer ??= await createRenderer(rendererName);
      const png = renderer.render(job.svg);
      // Written whole under a temporary name first, so an interrupted build never leaves half a PNG in the cache.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, cached);
    }
    copyFileSync(cached, target);
    results.push({ file: job.file, ms: performance.now() - start, cached: hit });
  }
  return results;
}
