import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentBundle, type ContentBundle } from '../../src/content/schema';
import { joinBundle } from '../../src/content/bundle-split';
import { EMBED_PREFIX } from '../../src/state/paths';
import { writePreviews } from '../previews/render';
import { pageDir, renderPage, robots, sitemap, type Site } from './html';
import { atlasPages, clip, escapeHtml, type Page } from './pages';
import { readCompiledContent } from '../compiled-content.ts';

export interface PublishOptions {
  /** The build's folder (dist/), with its index.html. */
  outDir: string;
  /** Where the build's content/ and geo/ come from (Vite's public folder). */
  publicDir: string;
  site: Site;
  /** Where unchanged preview images are kept between builds. */
  cacheDir: string;
  log?: (line: string) => void;
}

export interface PublishReport {
  pages: number;
  previews: { rendered: number; cached: number; ms: number };
  ms: number;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function readContent(publicDir: string): Promise<ContentBundle> {
  const texts = JSON.parse(await readFile(join(publicDir, 'content', 'texts.json'), 'utf8')) as unknown;
  return contentBundle.parse(joinBundle(readCompiledContent(join(publicDir, 'content')), texts));
}

/**
 * Makes the build publishable on any static host: a real HTML page for every link of the atlas and of its embeds,
 * 404.html, robots.txt, sitemap.xml (with an origin) and a preview image per page. Run by the build after the bundle is
 * written (vite.config.ts runs cli.ts), so every build, whatever its base, has them.
 */
export async function publish({ outDir, publicDir, site, cacheDir, log = () => undefined }: PublishOptions): Promise<PublishReport> {
  const started = performance.now();
  const template = await readFile(join(outDir, 'index.html'), 'utf8');
  const content = await readContent(publicDir);
  const pages = atlasPages(content, site.base);
  const writes: Promise<void>[] = [];
  for (const page of pages) {
    const dir = pageDir(page.path);
    // The home page's file is index.html itself: it gets the home page's tags and text too.
    writes.push(write(join(outDir, dir, 'index.html'), renderPage(template, page, site)));
    writes.push(write(join(outDir, pageDir(`${EMBED_PREFIX}${page.path}`), 'index.html'), renderPage(template, page, site, { noindex: true, canonicalPath: page.path, withText: false })));
  }
  const notFound: Page = {
    path: '/404',
    title: 'No page here',
    description: clip(content.atlas.introduction.en),
    image: 'previews/home.png',
    body: `<h1>No page here</h1><p>The link may be mistyped or out of date.</p><p><a href="${escapeHtml(site.base)}">Open the atlas</a></p>`,
  };
  writes.push(write(join(outDir, '404.html'), renderPage(template, notFound, site, { noindex: true, canonicalPath: '/' })));
  writes.push(write(join(outDir, 'robots.txt'), robots(site)));
  if (site.origin) writes.push(write(join(outDir, 'sitemap.xml'), sitemap(pages, site)));
  else log('PUBLIC_ORIGIN is not set: link previews carry root-relative URLs and no sitemap.xml is written (docs/deploy.md).');
  await Promise.all(writes);
  const previewStart = performance.now();
  const images = await writePreviews({ contentDir: join(publicDir, 'content'), geoDir: join(publicDir, 'geo'), outDir: join(outDir, 'previews'), cacheDir });
  const previews = { rendered: images.filter((i) => !i.cached).length, cached: images.filter((i) => i.cached).length, ms: Math.round(performance.now() - previewStart) };
  const report = { pages: pages.length * 2 + 1, previews, ms: Math.round(performance.now() - started) };
  log(`published ${report.pages} pages (with embeds and 404.html) and ${images.length} preview images (${previews.rendered} drawn, ${previews.cached} unchanged) in ${report.ms} ms`);
  return report;
}
