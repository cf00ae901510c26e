import { escapeHtml, type Page } from './pages';

/** Where the build is published: its path on the host (Vite's base, `/` or `/atlas/`) and its public origin. */
export interface Site {
  base: string;
  /** `https://atlas.example.org` (PUBLIC_ORIGIN); null when not configured: URLs are then written from the root. */
  origin: string | null;
}

/** A path of the build (`previews/home.png`, `sites/khmeimim/`) as an absolute URL, or root-relative without an origin. */
export function publicUrl(path: string, site: Site): string {
  return `${site.origin ?? ''}${site.base}${path.replace(/^\//, '')}`;
}

/** The directory a page is written to, relative to the build (`sites/khmeimim/`; '' for the home page). */
export function pageDir(path: string): string {
  const inside = path.replace(/^\/+|\/+$/g, '');
  return inside === '' ? '' : `${inside}/`;
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta name="description" content="[^"]*" \/>/;
const ROOT = '<div id="root"></div>';

export interface PageOptions {
  /** Embeds and the not-found page: kept out of search engines. */
  noindex?: boolean;
  /** The URL the page stands for (the full atlas's page, for an embed); default the page's own. */
  canonicalPath?: string;
  /** Write the readable text (not for embeds: the caption's link leads to it). */
  withText?: boolean;
}

/**
 * The built index.html made into one page of the atlas: its own title, description, canonical URL, Open Graph and
 * Twitter card tags, and its readable text inside #root, which the app replaces when it starts (app.css hides it
 * whenever scripts run, so nothing jumps).
 */
export function renderPage(template: string, page: Page, site: Site, options: PageOptions = {}): string {
  if (!TITLE.test(template) || !DESCRIPTION.test(template) || !template.includes(ROOT)) {
    throw new Error('index.html no longer has the <title>, <meta name="description"> or <div id="root"></div> the page writer fills in');
  }
  const pageUrl = publicUrl(pageDir(options.canonicalPath ?? page.path), site);
  const image = publicUrl(page.image, site);
  const title = `${page.title} — Analysis Atlas`;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const head = [
    `<link rel="canonical" href="${escapeHtml(pageUrl)}" />`,
    options.noindex ? meta('name', 'robots', 'noindex') : '',
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Analysis Atlas'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', `Map: ${page.title}`),
    // X (Twitter) reads the title, description and image from the Open Graph tags above; only the card's kind is its own.
    meta('name', 'twitter:card', 'summary_large_image'),
  ]
    .filter(Boolean)
    .join('\n    ');
  const text = options.withText === false ? '' : page.body;
  const staticPage =
    `<div class="static-page"><header class="app-header"><p class="brand"><a href="${site.base}">Analysis Atlas</a></p></header>` +
    `<article class="panel-body">${text}<p><img src="${escapeHtml(publicUrl(page.image, { ...site, origin: null }))}" width="1200" height="630" alt="" loading="lazy" /></p></article></div>`;
  return template
    .replace(TITLE, () => `<title>${escapeHtml(title)}</title>`)
    .replace(DESCRIPTION, () => `${meta('name', 'description', page.description)}\n    ${head}`)
    .replace(ROOT, () => `<div id="root">${staticPage}</div>`);
}

/** sitemap.xml: every indexable page, absolute (only written when the origin is known). */
export function sitemap(pages: readonly Page[], site: Site): string {
  const urls = pages.map((p) => `  <url><loc>${escapeHtml(publicUrl(pageDir(p.path), site))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** robots.txt: everything may be read but the embeds (the full pages stand for them). */
export function robots(site: Site): string {
  return [`User-agent: *`, `Disallow: ${site.base}embed/`, site.origin ? `Sitemap: ${publicUrl('sitemap.xml', site)}` : '', ''].filter((l, i, a) => l !== '' || i === a.length - 1).join('\n');
}
