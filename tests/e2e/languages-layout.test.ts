import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openPage, waitForMapIdle, type PageProblems } from './browser';
import { builtContent } from './pixels';
import { inLanguage, nameIn } from '../../src/content/names';

/**
 * No clipped or overflowing text, in English, Russian and Arabic, on a laptop (1280×800) and on a phone (360×740).
 * Every view the reader can open (home, a site, an event, the analysis reader, a passage, "between two dates", a
 * notice about the link, a page that does not exist), with the header's and the panel's controls open (search with
 * results, filters, legend, take-away and "Embed this view") and the timeline, is checked in the page: every visible
 * element with text of its own must show all of it (inspectLayout). On the laptop the home view is checked again in
 * the narrowest window that keeps the side panel, where the header and the map's hints have the least room; and an
 * embed is checked at the size its snippet gives it. The items opened are those with the longest names in each
 * language, found in the content, so they are the hardest to fit, and a content edit changes them, not the test.
 * One browser, one context and one page per size: the views and the languages are reached as a click reaches them
 * (in the URL, without reloading the map).
 */

const content = builtContent();
const LANGS = ['en', 'ru', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const SIZES = [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, phone: false },
  { name: '360×740', viewport: { width: 360, height: 740 }, phone: true },
] as const;

const longest = <T>(items: readonly T[], text: (item: T) => string): T => {
  const best = items.reduce<T | undefined>((a, b) => (a === undefined || text(b).length > text(a).length ? b : a), undefined);
  if (best === undefined) throw new Error('the content has none');
  return best;
};

/** One reading of what the reader sees that does not fit. */
interface Offender {
  problem: string;
  path: string;
  text: string;
  sizes: string;
}

/**
 * Runs in the page. For every visible element with text of its own (a text node child, or a form control's shown
 * text: the selected language, a placeholder):
 * (a) it does not clip its own text (overflow or text-overflow hiding content: scrollWidth/scrollHeight beyond
 *     clientWidth/clientHeight). The one truncation by design: an ellipsis with the whole text in the title
 *     attribute (byDesign), which must still show the text's start;
 * (b) what it shows of its text lies inside every ancestor that clips (overflow other than visible, or paint
 *     containment) and inside the screen, unless an ancestor is made to scroll sideways; cut at the top or bottom
 *     counts too, except by a container that scrolls that way;
 * (c) the document does not scroll sideways;
 * (d) its text does not run into a neighbour's (labels placed side by side).
 * `vw` is the screen's width: on a phone, innerWidth grows with whatever overflows.
 */
function inspectLayout(vw: number): Offender[] {
  const out: Offender[] = [];
  const selector = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
      const cls = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      parts.unshift(`${e.tagName.toLowerCase()}${e.id && !/[:«»]/.test(e.id) ? `#${e.id}` : ''}${cls}`);
    }
    return parts.join(' > ');
  };
  const px = (n: number) => Math.round(n * 10) / 10;
  const report = (el: Element, problem: string, text: string, sizes: string) => out.push({ problem, path: selector(el), text: text.replace(/\s+/g, ' ').trim().slice(0, 80), sizes });

  // (c) The document does not scroll sideways.
  const docWidth = document.documentElement.scrollWidth;
  if (docWidth > vw || window.innerWidth > vw) report(document.documentElement, 'the page scrolls sideways', '', `scrollWidth ${docWidth}, innerWidth ${window.innerWidth}, screen ${vw}`);

  const clipsX = (cs: CSSStyleDeclaration) => cs.overflowX !== 'visible' || /paint|strict|content/.test(cs.contain);
  const clipsY = (cs: CSSStyleDeclaration) => cs.overflowY !== 'visible' || /paint|strict|content/.test(cs.contain);
  const scrollsY = (cs: CSSStyleDeclaration) => cs.overflowY === 'auto' || cs.overflowY === 'scroll';
  // Made to scroll sideways: scroll, or auto without the other axis scrolling too (overflow-y: auto alone computes
  // overflow-x to auto, which is not a choice to scroll sideways).
  const scrollsSideways = (cs: CSSStyleDeclaration) => cs.overflowX === 'scroll' || (cs.overflowX === 'auto' && !scrollsY(cs));
  // The usual "visually hidden" pattern (1px, clipped) is for screen readers, not a clipping bug.
  const forScreenReaders = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.clip !== 'auto' && cs.position === 'absolute') return true;
      if (cs.clipPath !== 'none' && cs.clipPath !== '') return true;
    }
    return false;
  };

  /**
   * A truncation by design: an ellipsis, with the whole text in the title attribute (the header's links to the
   * analyses, as many as the content has; an embed's caption).
   */
  const byDesign = (el: Element, cs: CSSStyleDeclaration) => cs.textOverflow === 'ellipsis' && !!el.textContent?.trim() && el.getAttribute('title')?.trim() === el.textContent.trim();
  /** Cut short, a text still starts with its first letter: text in another direction than the interface's can be cut at its start instead. */
  const startCut = (el: Element): string | null => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.search(/\S/) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return first.left < box.left - 1 || first.right > box.right + 1 ? `first letter at ${px(first.left)}–${px(first.right)}, box ${px(box.left)}–${px(box.right)}` : null;
    }
    return null;
  };

  /** Where the element's own text is (its text node children): each line's box, and the box around them all. */
  const textBox = (el: Element): { rect: DOMRect; lines: DOMRect[]; text: string } | null => {
    let left = Infinity;
    let right = -Infinity;
    let top = Infinity;
    let bottom = -Infinity;
    let text = '';
    const lines: DOMRect[] = [];
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0 && r.height === 0) continue;
        lines.push(r);
        left = Math.min(left, r.left);
        right = Math.max(right, r.right);
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
      text += node.textContent;
    }
    return text && left < right ? { rect: new DOMRect(left, top, right - left, bottom - top), lines, text } : null;
  };

  /** A form control's shown text needs this width (measured on a copy that sizes to it) and has that one. */
  const controlFit = (el: HTMLSelectElement | HTMLInputElement): { need: number; have: number; text: string } | null => {
    const copy = el.cloneNode(false) as HTMLSelectElement | HTMLInputElement;
    let text: string;
    if (el instanceof HTMLSelectElement) {
      const option = el.selectedOptions[0];
      if (!option?.text) return null;
      text = option.text;
      copy.append(option.cloneNode(true));
    } else {
      if (el.value !== '' || !el.placeholder) return null;
      text = el.placeholder;
      // An input sizes to its `size`, not its text: a span with the same font, padding and border stands in.
      const span = document.createElement('span');
      const cs = getComputedStyle(el);
      span.textContent = text;
      span.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${cs.font};letter-spacing:${cs.letterSpacing};padding:0 ${cs.paddingRight} 0 ${cs.paddingLeft};border:0 solid;border-width:0 ${cs.borderRightWidth} 0 ${cs.borderLeftWidth};box-sizing:border-box`;
      (el.parentElement ?? document.body).append(span);
      const need = span.getBoundingClientRect().width;
      span.remove();
      return { need, have: el.getBoundingClientRect().width, text };
    }
    copy.style.cssText += ';position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;flex:none';
    (el.parentElement ?? document.body).append(copy);
    const need = copy.getBoundingClientRect().width;
    copy.remove();
    return { need, have: el.getBoundingClientRect().width, text };
  };

  const shown: { el: Element; lines: DOMRect[]; text: string }[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg, script, style, noscript, template, textarea, option, .maplibregl-canvas-container')) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && /^(search|text|)$/.test(el.type))) {
      const fit = controlFit(el);
      if (fit && fit.need > fit.have + 1) report(el, 'its shown text is cut', fit.text, `needs ${px(fit.need)}px, has ${px(fit.have)}px`);
      continue;
    }
    const own = textBox(el);
    if (!own || forScreenReaders(el)) continue;
    const cs = getComputedStyle(el);
    // What it shows of its text: the lines, cut to its box where it clips them.
    const lines = clipsX(cs) ? own.lines.map((r) => new DOMRect(Math.max(r.left, box.left), r.top, Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left)), r.height)) : own.lines;
    shown.push({ el, lines, text: own.text });
    const problem = ((): [string, string] | null => {
      // (a) The element clips its own text (unless by design, and then not its start).
      if (el.clientWidth > 0 && clipsX(cs) && !scrollsSideways(cs) && el.scrollWidth > el.clientWidth + 1) {
        if (!byDesign(el, cs)) return ['clips its text sideways', `scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}${cs.textOverflow === 'ellipsis' ? ', with an ellipsis' : ''}`];
        const start = startCut(el);
        if (start) return ['is cut short at its start: it shows only its end', start];
      }
      if (el.clientHeight > 0 && clipsY(cs) && !scrollsY(cs) && el.scrollHeight > el.clientHeight + 1) {
        return ['clips its text at the top or bottom', `scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}`];
      }
      // (b) What it shows of its text lies inside each clipping ancestor and the viewport.
      const t = { left: own.rect.left, right: own.rect.right, top: own.rect.top, bottom: own.rect.bottom };
      if (clipsX(cs)) {
        t.left = Math.max(t.left, box.left);
        t.right = Math.min(t.right, box.right);
      }
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const acs = getComputedStyle(a);
        // Inside a container made to scroll sideways, the reader scrolls to the text.
        if (scrollsSideways(acs)) return null;
        const r = a.getBoundingClientRect();
        const inner = { left: r.left + a.clientLeft, right: r.left + a.clientLeft + a.clientWidth, top: r.top + a.clientTop, bottom: r.top + a.clientTop + a.clientHeight };
        if (clipsX(acs) && (t.left < inner.left - 1 || t.right > inner.right + 1)) {
          if (!byDesign(a, acs)) return [`its text is cut sideways by ${selector(a)}`, `text ${px(t.left)}–${px(t.right)}, container ${px(inner.left)}–${px(inner.right)}`];
          const start = startCut(a);
          if (start) return [`is cut short at its start by ${selector(a)}: it shows only its end`, start];
          t.left = Math.max(t.left, inner.left);
          t.right = Math.min(t.right, inner.right);
        }
        if (clipsY(acs) && !scrollsY(acs) && (t.top < inner.top - 1 || t.bottom > inner.bottom + 1)) {
          return [`its text is cut at the top or bottom by ${selector(a)}`, `text ${px(t.top)}–${px(t.bottom)}, container ${px(inner.top)}–${px(inner.bottom)}`];
        }
      }
      if (t.left < -1 || t.right > vw + 1) return ['its text runs off the screen', `text ${px(t.left)}–${px(t.right)}, screen 0–${vw}`];
      return null;
    })();
    if (problem) report(el, problem[0], own.text, problem[1]);
  }
  // (d) Text does not run into its neighbour's (labels placed side by side, as on the timeline's axis).
  for (const [i, a] of shown.entries()) {
    for (const b of shown.slice(i + 1)) {
      if (a.el.parentElement !== b.el.parentElement) continue;
      const hit = a.lines.find((r) => b.lines.some((q) => Math.min(r.right, q.right) - Math.max(r.left, q.left) > 1 && Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top) > 1));
      if (hit) report(b.el, `its text runs into “${a.text.trim().slice(0, 40)}”`, b.text, `at ${px(hit.left)}–${px(hit.right)}`);
    }
  }
  return out;
}

/**
 * Moves within the app as a click on a link does (no reload, so the map is drawn once per language). The home view
 * waits for the map to stop, for the hint of what is off the map; the others need only their panel.
 */
async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate(async (to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
    // React renders the new route in a task of its own: after it, a frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }, path);
  // The route's panel is on screen: its heading, and no "loading" in its place.
  await page.waitForFunction(
    (to) => window.location.pathname + window.location.search === to && document.getElementById('panel-title') !== null && document.querySelector('p.panel-body[role="status"]') === null,
    path,
    { timeout: 20_000 },
  );
  await settle(page, new URL(path, 'http://x').pathname === '/');
}

/** Waits for the map to stop (where it places the off-map hint) and for the panel to stop growing. */
async function settle(page: Page, map = true, panel = 'aside.panel'): Promise<void> {
  if (map) await waitForMapIdle(page);
  await page.evaluate(async (selector) => {
    await document.fonts.ready;
    const height = () => document.querySelector(selector)?.scrollHeight ?? 0;
    for (let last = -1, now = height(); now !== last; last = now, now = height()) await new Promise((r) => setTimeout(r, 60));
  }, panel);
}

/** Waits for the home view's heading in a language (its strings have arrived). */
async function homeIn(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction((title) => document.getElementById('panel-title')?.textContent === title, inLanguage(content.atlas.title, lang));
}

/** The views to open, each a path, for one language: the longest names in that language, from the content. */
function views(lang: Lang): { name: string; path: string }[] {
  const q = (path: string, extra = '') => `${path}?${extra}${extra && lang !== 'en' ? '&' : ''}${lang === 'en' ? '' : `lang=${lang}`}`.replace(/\?$/, '');
  const site = longest(content.sites, (s) => nameIn(s.names, lang));
  const event = longest(content.events, (e) => e.title);
  const analysis = longest(content.analyses, (a) => a.title);
  const passage = longest(analysis.passages, (p) => p.title);
  return [
    { name: `site “${site.id}”`, path: q(`/sites/${site.id}`) },
    { name: `event “${event.id}”`, path: q(`/events/${event.id}`) },
    { name: `analysis “${analysis.id}”`, path: q(`/analyses/${analysis.id}`) },
    { name: `passage “${passage.anchor}”`, path: q(`/analyses/${analysis.id}/${passage.anchor}`) },
    { name: 'between two dates', path: q('/', 'from=2024-12-01&date=2025-03-01') },
    { name: 'a notice about the link', path: q('/', 'date=2025-02-30') },
    // A page that does not exist, named like a site: "Did you mean" lists it.
    { name: 'not found', path: q(`/no/such/${site.id}-x`) },
  ];
}

/** Types a word of the longest name in the search box: several results, in each group it matches. */
async function search(page: Page, lang: Lang): Promise<void> {
  const site = longest(content.sites, (s) => nameIn(s.names, lang));
  await page.waitForFunction(() => document.querySelector('.search input:not([disabled])') !== null);
  await page.locator('.search input').fill(longest(nameIn(site.names, lang).split(/[\s«»"]+/), (w) => w));
  await page.locator('.search__option').first().waitFor();
}

/** Opens the panel's and the map's controls that hold text: the filters, the legend, "Embed this view". */
async function openControls(page: Page): Promise<void> {
  const isOpen = (selector: string) => page.locator(selector).evaluate((d) => (d as HTMLDetailsElement).open);
  if (!(await isOpen('details.filters'))) await page.locator('details.filters summary').click();
  if (!(await page.locator('.legend__body').isVisible())) await page.locator('.legend__toggle').click();
  if (!(await isOpen('details.export__embed'))) await page.locator('.export__embed summary').click();
  await page.locator('.export__embed textarea').waitFor();
}

/** What does not fit in the page as it is now, each with where it was seen. */
async function check(page: Page, where: string): Promise<{ where: string; offender: Offender }[]> {
  // The screen's width, not innerWidth: on a phone the layout viewport grows to whatever overflows it.
  const offenders = await page.evaluate(inspectLayout, page.viewportSize()?.width ?? 0);
  return offenders.map((offender) => ({ where, offender }));
}

/** One line per element and problem, with every view it was seen in. */
function summary(lang: string, found: { where: string; offender: Offender }[]): string[] {
  const lines = new Map<string, { offender: Offender; where: string[] }>();
  for (const { where, offender } of found) {
    const key = `${offender.path}|${offender.problem}|${offender.text}`;
    const line = lines.get(key) ?? { offender, where: [] };
    line.where.push(where);
    lines.set(key, line);
  }
  const all = [...lines.values()].map(({ offender: o, where }) => `[${lang}] ${o.path} “${o.text}” ${o.problem} (${o.sizes}); seen at ${where.join('; ')}`);
  // When the whole page scrolls sideways (in Arabic, everything then runs off the screen) the first ones say enough.
  return all.length > 30 ? [...all.slice(0, 30), `… and ${all.length - 30} more`] : all;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each(SIZES)('no clipped or overflowing text at $name', ({ name, viewport, phone }) => {
  let context: BrowserContext;
  // One page for the three languages: the language is switched as the menu does, in the URL, without reloading.
  let page: Page;
  let problems: PageProblems;
  beforeAll(async () => {
    // Reduced motion: the camera jumps to each selection, so a view is ready as soon as it is drawn.
    context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone, reducedMotion: 'reduce' });
    ({ page, problems } = await openPage(context, '/'));
    await homeIn(page, 'en');
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(LANGS)(`in %s: every view, with the controls open`, async (lang) => {
    const started = Date.now();
    const home = lang === 'en' ? '/' : `/?lang=${lang}`;
    await page.setViewportSize(viewport);
    await goTo(page, home);
    await homeIn(page, lang);
    // The home view as a link opens it (the window may have changed size since the map last framed it).
    await page.locator('.atlas-home-button').click();
    await settle(page);
    const found = await check(page, `${name} home`);
    await search(page, lang);
    found.push(...(await check(page, `${name} home, search results open`)));
    await page.locator('.search input').fill('');
    // They stay open in the views that follow.
    await openControls(page);
    found.push(...(await check(page, `${name} home, filters, legend and embed open`)));
    for (const view of views(lang)) {
      await goTo(page, view.path);
      found.push(...(await check(page, `${name} ${view.name} (${view.path})`)));
    }
    if (!phone) {
      // The narrowest window that still has the side panel (app.css turns to the phone's layout at 760px): the
      // header and the hints on the map have the least room there. The home button frames the home view in it.
      await page.setViewportSize({ width: 761, height: viewport.height });
      await goTo(page, home);
      await page.locator('.atlas-home-button').click();
      await settle(page);
      found.push(...(await check(page, `761×${viewport.height} home`)));
      await search(page, lang);
      found.push(...(await check(page, `761×${viewport.height} home, search results open`)));
      await page.locator('.search input').fill('');
    }
    const lines = summary(lang, found);
    console.log(`${lang} ${name}: ${lines.length} problems, ${((Date.now() - started) / 1000).toFixed(1)} s${lines.map((l) => `\n  ${l}`).join('')}`);
    expect(lines).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('in an embed, in each language', async () => {
    // As "Embed this view" writes it: 800×520, or the screen's width where it is narrower.
    const { page, problems } = await openPage(context, '/embed/');
    await page.setViewportSize({ width: Math.min(800, viewport.width), height: 520 });
    const found: { where: string; offender: Offender }[] = [];
    for (const lang of LANGS) {
      const path = lang === 'en' ? '/embed/' : `/embed/?lang=${lang}`;
      if (lang !== 'en') {
        await page.evaluate((to) => {
          window.history.pushState(null, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, path);
      }
      await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('.embed-caption__what bdi') !== null, lang);
      await settle(page, true, '.app--embed');
      found.push(...(await check(page, `${page.viewportSize()?.width ?? 0}×520 ${path}`)));
    }
    const lines = summary('embed', found);
    console.log(`embed ${name}: ${lines.length} problems${lines.map((l) => `\n  ${l}`).join('')}`);
    expect(lines).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
