import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenPoint, waitForMapIdle } from './browser';
import { builtContent, colourDistance, colourSpot, hexToRgb, siteColour } from './pixels';
import { CHANGED_COLOUR, NO_STATUS_STYLE, STATUS_STYLE } from '../../src/components/status-style';
import { siteChanges } from '../../src/content/changes';
import { buildIndex, passageRef } from '../../src/content/content-index';
import { formatDateOrRange, formatDay, isoDay, parseDateOrRange, parseIsoDay } from '../../src/content/dates';
import { passageMoment } from '../../src/content/read-along';
import { statusOnDate } from '../../src/content/status-on-date';
import { timelineExtent } from '../../src/content/timeline-extent';
import { siteFan } from '../../src/features/map/site-fan';
import { ar } from '../../src/i18n/ar';
import { en, type Messages } from '../../src/i18n/en';
import { LOCALES, type Lang } from '../../src/i18n/i18n';
import { ru } from '../../src/i18n/ru';

// What each test expects is worked out from the built content (and the app's own pure functions for dates), so a
// new analysis changes the expectations, not the tests.
const content = builtContent();
const index = buildIndex(content);
const extent = timelineExtent(content);
const analysis = content.analyses[0];
if (!extent || !analysis) throw new Error('the content has no events or no analysis');
const MESSAGES: Record<Lang, Messages> = { en, ar, ru };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string, viewport = { width: 1280, height: 800 }, scale = 1) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
  const { page, problems } = await openPage(context, path);
  await waitForMapIdle(page);
  return { page, problems, context };
}

const urlOf = (page: Page) => new URL(page.url());
const panelScroll = (page: Page) => page.evaluate(() => document.querySelector('aside.panel')?.scrollTop ?? -1);
/** Whether the map (settled) shows a place. */
const inView = (page: Page, [lon, lat]: readonly [number, number]) =>
  page.evaluate(([x, y]) => {
    const m = window.__atlasMap;
    return m !== undefined && !m.isMoving() && m.getBounds().contains([x, y]);
  }, [lon, lat] as const);
const placesOf = (anchor: string): [number, number][] => {
  const m = index.passageMentions.get(passageRef(analysis.id, anchor));
  return [...(m?.sites.map((s) => s.coordinates) ?? []), ...(m?.events.flatMap((e) => ('site' in e.place ? [index.sites.get(e.place.site)?.coordinates] : 'coordinates' in e.place ? [e.place.coordinates] : [])) ?? [])].filter(
    (p): p is [number, number] => p !== undefined,
  );
};

describe('read along: the analysis drives the map', () => {
  it('scrolling the reader makes the passage in view the selection, with its moment on the timeline and its places on the map, replacing the history entry', async () => {
    const { page, context } = await open(`/analyses/${analysis.id}`);
    await page.locator('li.passage').first().waitFor();
    const entries = await page.evaluate(() => history.length);
    const panel = page.locator('aside.panel');
    const box = await panel.boundingBox();
    if (!box) throw new Error('no panel');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Scroll until the URL names a passage at least three in, whose moment and places the content gives.
    const target = analysis.passages.findIndex((p, i) => i >= 2 && passageMoment(index, analysis.id, p.anchor) !== null && placesOf(p.anchor).length > 0);
    let reached = -1;
    for (let step = 0; step < 80 && reached < target; step++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(60);
      const anchor = urlOf(page).pathname.split('/')[3];
      reached = analysis.passages.findIndex((p) => p.anchor === anchor);
    }
    const anchor = analysis.passages[reached]?.anchor ?? '';
    expect(reached).toBeGreaterThanOrEqual(target);
    const moment = passageMoment(index, analysis.id, anchor);
    await expect.poll(() => urlOf(page).searchParams.get('date')).toBe(moment === null ? null : isoDay(moment));
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The passage read is marked in the reader, and each place it discusses comes into view.
    expect(await page.locator('li.passage--current').getAttribute('data-anchor')).toBe(anchor);
    for (const place of placesOf(anchor)) await expect.poll(() => inView(page, place), { timeout: 20_000 }).toBe(true);
    await context.close();
  });

  it('while a passage is read, the sites it discusses stand out and the others recede', async () => {
    const fanned = siteFan(content.sites);
    const standing = (day: number) => content.sites.filter((st) => !fanned.has(st.id) && (st.status.length === 0 || statusOnDate(st, day) !== null));
    // A passage that discusses a site (not stacked) and leaves another near enough to see both at zoom 6.
    const pick = analysis.passages
      .flatMap((p) => {
        const moment = passageMoment(index, analysis.id, p.anchor) ?? extent.latest;
        const discussed = new Set(index.passageMentions.get(passageRef(analysis.id, p.anchor))?.sites.map((x) => x.id) ?? []);
        const sites = standing(moment);
        return sites.filter((x) => discussed.has(x.id)).flatMap((near) => sites.filter((x) => !discussed.has(x.id)).map((other) => ({ p, moment, near, other })));
      })
      .find(({ near, other }) => Math.hypot(near.coordinates[0] - other.coordinates[0], near.coordinates[1] - other.coordinates[1]) < 4);
    if (!pick) throw new Error('no passage discusses one standing site and not another near it');
    const mid = [(pick.near.coordinates[0] + pick.other.coordinates[0]) / 2, (pick.near.coordinates[1] + pick.other.coordinates[1]) / 2];
    const at = `?date=${isoDay(pick.moment)}#map=6/${mid[1]}/${mid[0]}`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
    const distanceAt = async (path: string, site: typeof pick.near) => {
      const { page } = await openPage(context, path);
      await waitForMapIdle(page);
      const status = site.status.length === 0 ? null : statusOnDate(site, pick.moment)?.period.status;
      const colour = hexToRgb((status ? STATUS_STYLE[status] : NO_STATUS_STYLE).colour);
      return colourDistance(await siteColour(page, ...site.coordinates, colour), colour);
    };
    // Outside the reader both are drawn at full strength; reading the passage, only the one it discusses.
    expect(await distanceAt(`/${at}`, pick.other), 'not reading').toBeLessThanOrEqual(12);
    expect(await distanceAt(`/analyses/${analysis.id}/${pick.p.anchor}${at}`, pick.near), pick.near.id).toBeLessThanOrEqual(12);
    expect(await distanceAt(`/analyses/${analysis.id}/${pick.p.anchor}${at}`, pick.other), pick.other.id).toBeGreaterThan(40);
    await context.close();
  });

  it('steps through passages by button and by key, and stops following when the reader turns it off', async () => {
    const [first, second, third] = analysis.passages;
    if (!first || !second || !third) throw new Error('the analysis has fewer than three passages');
    const { page, context } = await open(`/analyses/${analysis.id}/${first.anchor}`);
    await page.getByRole('button', { name: /Next passage/ }).click();
    await expect.poll(() => urlOf(page).pathname).toMatch(new RegExp(`/${second.anchor}$`));
    await page.locator('body').press('j');
    await expect.poll(() => urlOf(page).pathname).toMatch(new RegExp(`/${third.anchor}$`));
    await page.locator('body').press('k');
    await expect.poll(() => urlOf(page).pathname).toMatch(new RegExp(`/${second.anchor}$`));
    await page.getByRole('checkbox', { name: 'Map follows the reading' }).uncheck();
    const before = urlOf(page).href;
    const box = await page.locator('aside.panel').boundingBox();
    if (!box) throw new Error('no panel');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 150);
    await page.waitForTimeout(400);
    expect(urlOf(page).href).toBe(before);
    await context.close();
  });

  it('Back from an event the passage links to returns to the same place in the analysis', async () => {
    const passage = analysis.passages.find((p) => (index.passageMentions.get(passageRef(analysis.id, p.anchor))?.events.length ?? 0) > 0 && analysis.passages.indexOf(p) > 0);
    if (!passage) throw new Error('no passage links an event');
    const { page, context } = await open(`/analyses/${analysis.id}/${passage.anchor}`);
    const box = await page.locator('aside.panel').boundingBox();
    if (!box) throw new Error('no panel');
    await page.getByRole('checkbox', { name: 'Map follows the reading' }).uncheck();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 90);
    await page.waitForTimeout(300);
    // The place the reader leaves from is where the panel stands at the click: the click itself may scroll the chip
    // into view first (a busy machine can leave it covered a moment, and the driver then scrolls it elsewhere).
    await page.evaluate(() => document.addEventListener('click', () => ((window as { placeAtClick?: number }).placeAtClick = document.querySelector('aside.panel')?.scrollTop), { capture: true, once: true }));
    const chip = page.locator(`#passage-${passage.anchor} a.chip--event`).first();
    await chip.click();
    await expect.poll(() => urlOf(page).pathname).toMatch(/\/events\//);
    const place = await page.evaluate(() => (window as { placeAtClick?: number }).placeAtClick ?? -1);
    expect(place).toBeGreaterThan(0);
    await page.goBack();
    await expect.poll(() => urlOf(page).pathname).toMatch(new RegExp(`/${passage.anchor}$`));
    await expect.poll(() => panelScroll(page)).toBeGreaterThan(place - 3);
    expect(Math.abs((await panelScroll(page)) - place)).toBeLessThanOrEqual(3);
    await context.close();
  });
});

describe('what changed between two dates', () => {
  const from = parseIsoDay('2024-12-01') ?? NaN;
  const to = parseIsoDay('2025-03-01') ?? NaN;
  const changes = siteChanges(content.sites, from, to);

  it('lists every site whose status changed, with its change and date, marks them on the map, and cites them', async () => {
    const { page, context } = await open(`/?from=${isoDay(from)}&date=${isoDay(to)}#map=7/35/36.5`);
    const section = page.getByRole('region', { name: /What changed between/ });
    await section.waitFor();
    const lines = section.locator('li[data-site]');
    await expect.poll(() => lines.count()).toBe(changes.length);
    for (const c of changes) {
      const text = (await section.locator(`li[data-site="${c.site.id}"]`).textContent()) ?? '';
      expect(text).toContain(c.site.names.en);
      expect(text).toContain(en[`status.${c.after?.status ?? c.before?.status ?? 'russian-presence'}`]);
      expect(text).toContain(formatDateOrRange(c.when));
    }
    // The case: the Tartus port contract's annulment is among them.
    expect(changes.some((c) => c.site.id === 'tartus-port' && c.after?.status === 'annulled')).toBe(true);
    // Each changed site wears the ring; an unchanged one does not.
    const shot = await page.screenshot();
    const ring = hexToRgb(CHANGED_COLOUR);
    for (const c of changes) {
      const p = await screenPoint(page, ...c.site.coordinates);
      if (p.x < 30 || p.y < 80 || p.x > 850 || p.y > 650) continue;
      expect(colourSpot(shot, { x: p.x - 26, y: p.y - 36, width: 52, height: 72 }, ring, 30)?.count ?? 0, c.site.id).toBeGreaterThan(15);
    }
    // The citation carries the changes.
    const cite = page.getByRole('textbox', { name: 'Cite this view' });
    const port = changes.find((c) => c.site.id === 'tartus-port');
    await expect.poll(() => cite.inputValue()).toContain(`${port?.site.names.en}: `);
    // A line selects its site.
    await section.getByRole('link', { name: port?.site.names.en }).click();
    await expect.poll(() => urlOf(page).pathname).toBe('/sites/tartus-port');
    await context.close();
  });

  it('marks nothing "as of" a date', async () => {
    const { page, context } = await open(`/?date=${isoDay(to)}#map=7/35/36.5`);
    expect(await page.getByRole('region', { name: /What changed between/ }).count()).toBe(0);
    const shot = await page.screenshot();
    for (const c of changes) {
      const p = await screenPoint(page, ...c.site.coordinates);
      expect(colourSpot(shot, { x: p.x - 26, y: p.y - 36, width: 52, height: 72 }, hexToRgb(CHANGED_COLOUR), 30)?.count ?? 0).toBeLessThan(5);
    }
    await context.close();
  });
});

describe('time you can set', () => {
  it.each(['en', 'ru', 'ar'] as const)('takes a date typed in %s, as the app writes dates, and says when it cannot read one', async (lang) => {
    const day = extent.start + Math.floor((extent.end - extent.start) * 0.6);
    const { page, context } = await open(`/?lang=${lang}`);
    const field = page.getByRole('textbox', { name: MESSAGES[lang]['timeline.date'], exact: true });
    await field.fill(formatDay(day, 'day', LOCALES[lang]));
    await field.press('Enter');
    await expect.poll(() => urlOf(page).searchParams.get('date')).toBe(isoDay(day));
    await field.fill('not a date');
    await field.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'not a date' }).count()).toBe(1);
    expect(urlOf(page).searchParams.get('date')).toBe(isoDay(day));
    await context.close();
  });

  it('a click on the track lands on an event a few pixels away', async () => {
    const { page, context } = await open('/');
    const track = await page.locator('.timeline__track').boundingBox();
    if (!track) throw new Error('no track');
    const days = (extent.end - extent.start) / track.width;
    // An event with no other within 12 px of it, so the nearest is known.
    const starts = [...new Set(content.events.map((e) => parseDateOrRange(e.date)?.start ?? NaN))].sort((a, b) => a - b);
    const lone = starts.find((s, i) => (i === 0 || s - (starts[i - 1] ?? 0) > 12 * days) && (i === starts.length - 1 || (starts[i + 1] ?? 0) - s > 12 * days));
    if (lone === undefined) throw new Error('no event stands alone on the track');
    const x = track.x + ((lone - extent.start) / (extent.end - extent.start)) * track.width;
    await page.mouse.click(x + 4, track.y + track.height / 2);
    await expect.poll(() => urlOf(page).searchParams.get('date')).toBe(isoDay(lone));
    // Far from any event, the click keeps its own day.
    const gap = starts.findIndex((s, i) => i > 0 && s - (starts[i - 1] ?? 0) > 40 * days);
    const mid = ((starts[gap] ?? 0) + (starts[gap - 1] ?? 0)) / 2;
    await page.mouse.click(track.x + ((mid - extent.start) / (extent.end - extent.start)) * track.width, track.y + track.height / 2);
    await expect.poll(() => Math.abs((parseIsoDay(urlOf(page).searchParams.get('date') ?? '') ?? 0) - mid)).toBeLessThanOrEqual(Math.ceil(days) + 1);
    await context.close();
  });
});

describe('places you can always see and pick', () => {
  it('stacks sites too close to tell apart so that each can be clicked at zoom 8', async () => {
    const day = extent.latest;
    const grouped = [...siteFan(content.sites).keys()].map((id) => index.sites.get(id)).filter((s) => s !== undefined && (s.status.length === 0 || statusOnDate(s, day)));
    expect(grouped.length).toBeGreaterThanOrEqual(2);
    const [lon, lat] = grouped[0]?.coordinates ?? [0, 0];
    for (const site of grouped) {
      if (!site) continue;
      // At twice the pixels, where a hollow diamond's thin band is sharp (screenshots are in device pixels).
      const { page, context } = await open(`/?date=${isoDay(day)}#map=8/${lat}/${lon}`, undefined, 2);
      const p = await screenPoint(page, ...site.coordinates);
      const status = statusOnDate(site, day)?.period.status;
      const colour = hexToRgb((status ? STATUS_STYLE[status] : NO_STATUS_STYLE).colour);
      // Where the site's own colour is drawn near its place (its diamond, wherever the stacking put it).
      const spot = colourSpot(await page.screenshot(), { x: 2 * (p.x - 20), y: 2 * (p.y - 40), width: 80, height: 160 }, colour, 10);
      expect(spot?.count ?? 0, site.id).toBeGreaterThan(20);
      await page.mouse.click((spot?.x ?? 0) / 2, (spot?.y ?? 0) / 2);
      await expect.poll(() => urlOf(page).pathname, { timeout: 10_000 }).toBe(`/sites/${site.id}`);
      await context.close();
    }
  });

  it('opens a place far outside the atlas\'s region on a map that shows where it is: its country and neighbours named', async () => {
    const [w, south, e, n] = content.atlas.home.bounds;
    const far = content.sites.find(({ coordinates: [lon, lat] }) => lon < w - (e - w) || lon > e + (e - w) || lat < south - (n - south) || lat > n + (n - south));
    if (!far) throw new Error('no site far outside the home view');
    const { page, context } = await open(`/sites/${far.id}`);
    await expect.poll(() => inView(page, far.coordinates), { timeout: 20_000 }).toBe(true);
    // Named places (countries, cities) on the map around it: at least three, so the reader sees where it is.
    const named = await page.evaluate(() => new Set((window.__atlasMap?.queryRenderedFeatures({ layers: ['country-labels', 'city-labels'] }) ?? []).map((f) => String(f.properties.name))).size);
    expect(named).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('brings what is selected from a list into view, but leaves a link\'s own viewport alone', async () => {
    const far = content.sites.find((s) => s.status.length > 0 && statusOnDate(s, extent.latest) !== null && s.coordinates[0] > 39);
    if (!far) throw new Error('no site far to the east');
    const elsewhere = '#map=9/33.5/36.3';
    const { page, context } = await open(`/${elsewhere}`);
    expect(await inView(page, far.coordinates)).toBe(false);
    await page.getByRole('region', { name: 'On the map now' }).getByRole('link', { name: far.names.en }).click();
    await expect.poll(() => inView(page, far.coordinates), { timeout: 20_000 }).toBe(true);
    const shared = await openPage(context, `/sites/${far.id}${elsewhere}`);
    await waitForMapIdle(shared.page);
    expect(await inView(shared.page, far.coordinates)).toBe(false);
    await context.close();
  });
});

