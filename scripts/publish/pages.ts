import { withoutCitations } from '../../src/content/citations';
import { formatDateOrRange } from '../../src/content/dates';
import type { ArticleEvent, ContentBundle, Site, Source } from '../../src/content/schema';
import type { MessageKey } from '../../src/i18n/en';
import { translate } from '../../src/i18n/i18n';
import { escapeHtml } from '../../src/lib/escape-html';
import { selectionPath, type Selection } from '../../src/state/paths';
import { currentStatus } from '../previews/content';

export { escapeHtml };

/**
 * The page each link of the atlas gets at build time (scripts/publish/html.ts writes it): what it is called, how it
 * is described to a link preview, its preview image, and its readable text for readers and crawlers without
 * JavaScript. English, the atlas's default; our own words from the content (summaries, notes), never the article's.
 */
export interface Page {
  /** The app's path (`/sites/khmeimim`, `/` for the home page). */
  path: string;
  title: string;
  description: string;
  /** The preview image's path under the build (`previews/sites/khmeimim.png`). */
  image: string;
  /** The readable text of the view, as HTML (its links under the build's base). */
  body: string;
}

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const plain = (text: string) => escapeHtml(withoutCitations(text).replace(/\s+/g, ' ').trim());
const date = (value: string | { from: string; to: string }) => escapeHtml(formatDateOrRange(value));

/** A description of at most `max` characters, cut at a word. */
export function clip(text: string, max = 200): string {
  const flat = withoutCitations(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A link inside the atlas, as the static page writes it: the directory the build wrote, so no host redirects. */
export function pageHref(selection: Selection | null, base: string): string {
  const path = selectionPath(selection).replace(/^\//, '');
  return `${base}${path}${path === '' ? '' : '/'}`;
}
/** What every page is made from: the content, its sources by id, and links under the build's base. */
interface Ctx {
  content: ContentBundle;
  sources: ReadonlyMap<string, Source>;
  link: (selection: Selection, text: string) => string;
}

function sourcesList(ids: readonly string[], { sources }: Ctx): string {
  const items = [...new Set(ids)].flatMap((id) => {
    const s = sources.get(id);
    if (!s) return [];
    const title = s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
    return [`<li>${title}, ${escapeHtml(s.publisher)}${s.date ? `, ${date(s.date)}` : ''}</li>`];
  });
  return items.length ? `<h2>${escapeHtml(t('site.sources', { count: items.length }))}</h2><ul>${items.join('')}</ul>` : '';
}

function period(p: Site['status'][number]): string {
  return p.to ? `${date(p.from)} – ${date(p.to)}` : `Since ${date(p.from)}`;
}

function passagesList(refs: readonly string[], { content, link }: Ctx): string {
  const items = refs.flatMap((ref) => {
    const [id = '', anchor = ''] = ref.split('#');
    const analysis = content.analyses.find((a) => a.id === id);
    const passage = analysis?.passages.find((p) => p.anchor === anchor);
    return analysis && passage ? [`<li>${link({ kind: 'analysis', id, passage: anchor }, passage.title)} (${escapeHtml(analysis.title)})</li>`] : [];
  });
  return items.length ? `<h2>${escapeHtml(t('site.discussedIn'))}</h2><ul>${items.join('')}</ul>` : '';
}

function eventLine(e: ArticleEvent, { link }: Ctx): string {
  return `<li>${link({ kind: 'event', id: e.id }, e.title)}, ${date(e.date)}</li>`;
}

function placeName(e: ArticleEvent, content: ContentBundle): string {
  const place = e.place;
  if ('site' in place) return content.sites.find((s) => s.id === place.site)?.names.en ?? place.site;
  if ('area' in place) return content.areas.find((a) => a.id === place.area)?.names.en ?? place.area;
  return place.name;
}

function sitePage(site: Site, ctx: Ctx): Page {
  const { content } = ctx;
  // The same current status the site's preview image states (its last period).
  const current = currentStatus(site);
  const statusLine = current ? `${current.label} ${current.since}` : t('status.none');
  const history = site.status
    .map((p) => `<li><strong>${period(p)}</strong>: ${escapeHtml(t(`status.${p.status}`))}. ${plain(p.note)}</li>`)
    .join('');
  const events = content.events.filter((e) => 'site' in e.place && e.place.site === site.id);
  const body = [
    `<p class="muted">${escapeHtml(t(`siteKind.${site.kind}`))}</p>`,
    `<h1>${escapeHtml(site.names.en)}</h1>`,
    `<p><strong>${escapeHtml(statusLine)}</strong>.</p>`,
    site.location.note ? `<p>${plain(site.location.note)}</p>` : '',
    history ? `<h2>${escapeHtml(t('site.history'))}</h2><ol>${history}</ol>` : '',
    events.length ? `<h2>${escapeHtml(t('site.eventsHere'))}</h2><ul>${events.map((e) => eventLine(e, ctx)).join('')}</ul>` : '',
    passagesList(site.passages, ctx),
    sourcesList(site.status.flatMap((p) => p.sources).concat(site.location.sources ?? []), ctx),
  ].join('');
  const earlier = site.status.slice(0, -1).map((p) => `${t(`status.${p.status}`)}, ${formatDateOrRange(p.from)}${p.to ? ` – ${formatDateOrRange(p.to)}` : ''}`);
  return {
    path: selectionPath({ kind: 'site', id: site.id }),
    title: site.names.en,
    description: clip(current ? `${t(`siteKind.${site.kind}`)}. ${statusLine}${earlier.length ? `. Before: ${earlier.join('; ')}` : ''}.` : [`${t(`siteKind.${site.kind}`)}.`, site.location.note ?? '', events.length ? `${t('site.eventsHere')}: ${events.map((e) => e.title).join('; ')}.` : ''].join(' ')),
    image: `previews/sites/${site.id}.png`,
    body,
  };
}

function eventPage(e: ArticleEvent, ctx: Ctx): Page {
  const { content, link } = ctx;
  const where = placeName(e, content);
  const whereLink = 'site' in e.place ? link({ kind: 'site', id: e.place.site }, where) : escapeHtml(where);
  const body = [
    `<p class="muted">${escapeHtml(t(`eventKind.${e.kind}`))}</p>`,
    `<h1>${escapeHtml(e.title)}</h1>`,
    `<dl><dt>${escapeHtml(t('event.when'))}</dt><dd>${date(e.date)}${e.reported ? ` (first reported ${date(e.reported)})` : ''}</dd>`,
    `<dt>${escapeHtml(t('event.where'))}</dt><dd>${whereLink}</dd></dl>`,
    `<p>${plain(e.summary)}</p>`,
    (e.disagreements ?? []).map((d) => `<p>${escapeHtml(t('event.disagree', { about: d.about }))} ${plain(d.note)}</p>`).join(''),
    passagesList(e.passages, ctx),
    sourcesList(e.sources, ctx),
  ].join('');
  return {
    path: selectionPath({ kind: 'event', id: e.id }),
    title: e.title,
    description: clip(`${formatDateOrRange(e.date)}, ${where}. ${e.summary}`),
    image: `previews/events/${e.id}.png`,
    body,
  };
}

function analysisPages({ content, link }: Ctx): Page[] {
  return content.analyses.flatMap((a) => {
    const head = `<p class="muted">${escapeHtml(a.publisher)}, ${date(a.published)}</p>`;
    const passages = a.passages.map((p) => `<li>${link({ kind: 'analysis', id: a.id, passage: p.anchor }, p.title)}: ${plain(p.text)}</li>`).join('');
    const image = `previews/analyses/${a.id}.png`;
    const whole: Page = {
      path: selectionPath({ kind: 'analysis', id: a.id }),
      title: a.title,
      description: clip(a.summary),
      image,
      body: `${head}<h1>${escapeHtml(a.title)}</h1><p>${plain(a.summary)}</p><h2>Passages</h2><ol>${passages}</ol>`,
    };
    const each = a.passages.map((p): Page => ({
      path: selectionPath({ kind: 'analysis', id: a.id, passage: p.anchor }),
      title: `${p.title} — ${a.title}`,
      description: clip(p.text),
      image,
      body: `${head}<p>${link({ kind: 'analysis', id: a.id }, a.title)}</p><h1>${escapeHtml(p.title)}</h1><p>${plain(p.text)}</p>`,
    }));
    return [whole, ...each];
  });
}

function homePage({ content, link }: Ctx): Page {
  const { atlas } = content;
  const body = [
    `<h1>${escapeHtml(atlas.title.en)}</h1>`,
    `<p>${plain(atlas.introduction.en)}</p>`,
    `<h2>${escapeHtml(t('home.analyses'))}</h2><ul>${content.analyses.map((a) => `<li>${link({ kind: 'analysis', id: a.id }, a.title)}, ${escapeHtml(a.publisher)}, ${date(a.published)}</li>`).join('')}</ul>`,
    `<h2>${escapeHtml(t('home.sites', { count: content.sites.length }))}</h2><ul>${content.sites.map((s) => `<li>${link({ kind: 'site', id: s.id }, s.names.en)}</li>`).join('')}</ul>`,
  ].join('');
  return { path: '/', title: atlas.title.en, description: clip(atlas.introduction.en), image: 'previews/home.png', body };
}

/** Every page of the atlas, its links under `base`: the home page, each site, event, analysis and passage. */
export function atlasPages(content: ContentBundle, base: string): Page[] {
  const ctx: Ctx = {
    content,
    sources: new Map(content.sources.map((s) => [s.id, s])),
    link: (selection, text) => `<a href="${escapeHtml(pageHref(selection, base))}">${escapeHtml(text)}</a>`,
  };
  return [homePage(ctx), ...content.sites.map((s) => sitePage(s, ctx)), ...content.events.map((e) => eventPage(e, ctx)), ...analysisPages(ctx)];
}

