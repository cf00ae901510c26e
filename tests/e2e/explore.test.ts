import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage, screenPoint, waitForMapIdle } from './browser';
import { builtContent, offMapSite, colourDistance, expectedShown, hexToRgb, paintedEvents, paintedVersusExpected, pixelAt, siteColour, type Rgb } from './pixels';
import { EVENT_COLOUR, NO_STATUS_STYLE, STATUS_STYLE } from '../../src/components/status-style';
import { readFileSync } from 'node:fs';
import { citedIds } from '../../src/content/citations';
import { formatDateOrRange, isoDay, parseIsoDay } from '../../src/content/dates';
import { timelineExtent } from '../../src/content/timeline-extent';
import { statusOnDate } from '../../src/content/status-on-date';
import type { TimeQuery } from '../../src/content/time-rule';
import type { Texts } from '../../src/content/texts';

/** The colour drawn at an event's dot, read from a screenshot. */
async function colourAtEvent(page: Page, id: string) {
  await waitForMapIdle(page);
  const p = await page.evaluate((eventId) => {
    const at = window.__atlas?.eventPoint(eventId);
    const box = window.__atlasMap?.getCanvas().getBoundingClientRect();
    return at && box ? { x: at.x + box.left, y: at.y + box.top } : null;
  }, id);
  if (!p) throw new Error(`no point for ${id}`);
  return { point: p, colour: pixelAt(await page.screenshot(), p.x, p.y) };
}

const content = builtContent();
const eventIds = content.events.map((e) => e.id);
const siteById = new Map(content.sites.map((s) => [s.id, s]));

/** The map paints exactly the events the time shows (by the content and the time rule), judged by its pixels. */
async function expectPaintedAt(page: Page, time: TimeQuery) {
  const painted = await paintedEvents(page, eventIds, 8);
  const result = paintedVersusExpected(painted, expectedShown(content, time));
  expect(result.wrong).toEqual([]);
  return { painted, ...result };
}

/** The status colour a site should be drawn in on a day, from the content. */
function statusColour(siteId: string, day: number): Rgb {
  const site = siteById.get(siteId);
  if (!site) throw new Error(siteId);
  const status = statusOnDate(site, day)?.period.status;
  return hexToRgb((status ? STATUS_STYLE[status] : NO_STATUS_STYLE).colour);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string, options: { clipboard?: boolean; scale?: number } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: options.scale ?? 1 });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  const { page, problems } = await openPage(context, path);
  await waitForMapIdle(page);
  return { page, problems, context };
}

/** Ids of the features MapLibre placed in a style layer in the current view (the selection and highlight rings). */
async function drawn(page: Page, layer: string): Promise<string[]> {
  await waitForMapIdle(page);
  return page.evaluate(
    (l) =>
      (window.__atlasMap?.queryRenderedFeatures({ layers: [l] }) ?? [])
        .map((f) => String(f.properties.id))
        .sort(),
    layer,
  );
}

async function camera(page: Page) {
  return page.evaluate(() => {
    const m = window.__atlasMap;
    if (!m) throw new Error('no map');
    return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });
}

const path = (page: Page) => new URL(page.url()).pathname;

describe('exploring, scrubbing, reading and sharing', () => {
  it('opens /sites/khmeimim on Khmeimim\'s panel, framed on the base', async () => {
    const { page, problems, context } = await open('/sites/khmeimim');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Khmeimim Air Base');
    expect(await page.title()).toBe('Khmeimim Air Base — Analysis Atlas');
    const cam = await camera(page);
    expect(cam.zoom).toBeGreaterThanOrEqual(8);
    expect(Math.abs(cam.lon - 35.945)).toBeLessThan(0.05);
    expect(Math.abs(cam.lat - 35.4117)).toBeLessThan(0.05);
    // The base's diamond is painted in its status colour of the date shown (the latest, by default).
    const latest = Number(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuenow'));
    expect(colourDistance(await siteColour(page, 35.945, 35.4117, statusColour('khmeimim', latest)), statusColour('khmeimim', latest))).toBeLessThanOrEqual(12);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows Qamishli airport with a different status in June 2022 and March 2026, in the panel and in the map\'s pixels', async () => {
    const statusText = (p: Page) => p.getByRole('region', { name: 'Status on the selected date' }).textContent();
    for (const [date, words] of [['2022-06-01', 'Russian presence'], ['2026-03-01', 'Russia withdrawn']] as const) {
      // At 2×, as on most screens now: the hollow diamond's coloured band is then a few pixels wide.
      const { page, context } = await open(`/sites/qamishli-airport?date=${date}`, { scale: 2 });
      expect(await statusText(page)).toContain(words);
      const expected = statusColour('qamishli-airport', parseIsoDay(date) ?? NaN);
      expect(colourDistance(await siteColour(page, 41.1914, 37.0206, expected), expected), date).toBeLessThanOrEqual(12);
      await context.close();
    }
    // The two statuses are drawn in colours a reader can tell apart.
    expect(colourDistance(statusColour('qamishli-airport', parseIsoDay('2022-06-01') ?? NaN), statusColour('qamishli-airport', parseIsoDay('2026-03-01') ?? NaN))).toBeGreaterThan(40);
  });

  it('moves the date with the keyboard, and the map paints exactly the events of each day', async () => {
    const { page, context } = await open('/?date=2025-05-19#map=7/35.3/36.6');
    const before = await expectPaintedAt(page, { date: parseIsoDay('2025-05-19') ?? NaN, from: null });
    expect(before.painted.get('khmeimim-attack-2025')).toBe(false);
    expect(before.shown).toBeGreaterThanOrEqual(2);
    expect(colourDistance((await colourAtEvent(page, 'khmeimim-attack-2025')).colour, hexToRgb(EVENT_COLOUR))).toBeGreaterThan(40);
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    expect(await slider.getAttribute('aria-valuetext')).toBe('19 May 2025');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/date=2025-05-20/);
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('20 May 2025');
    const after = await expectPaintedAt(page, { date: parseIsoDay('2025-05-20') ?? NaN, from: null });
    expect(after.painted.get('khmeimim-attack-2025')).toBe(true);
    // The dot is really painted: the pixel at its centre is the event colour (it happened today, so full strength).
    const dot = await colourAtEvent(page, 'khmeimim-attack-2025');
    expect(colourDistance(dot.colour, hexToRgb(EVENT_COLOUR))).toBeLessThanOrEqual(8);
    // And it can be clicked like any marker.
    await page.mouse.move(dot.point.x, dot.point.y);
    await page.locator('.hover-label', { hasText: 'Armed attack on Khmeimim air base' }).waitFor();
    await page.mouse.click(dot.point.x, dot.point.y);
    await page.waitForURL(/\/events\/khmeimim-attack-2025/);
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('PageDown');
    await page.waitForURL(/date=2025-04-20/);
    expect((await expectPaintedAt(page, { date: parseIsoDay('2025-04-20') ?? NaN, from: null })).painted.get('khmeimim-attack-2025')).toBe(false);
    await page.keyboard.press('Home');
    await page.waitForURL(/date=2015-08-01/);
    const first = { date: parseIsoDay('2015-08-01') ?? NaN, from: null };
    expect((await expectPaintedAt(page, first)).hidden).toBeGreaterThan(2);
    await expect.poll(() => page.getByTestId('live-count').textContent()).toMatch(new RegExp(`^${expectedShown(content, first).size} events?,`));
    await context.close();
  });

  it('follows a drag of the timeline with the mouse, and shows after release exactly what it showed while dragging', async () => {
    const { page, context } = await open('/?date=2016-01-01#map=6.3/35/37.5');
    const slider = page.getByRole('slider', { name: 'Date' });
    const live = page.getByTestId('live-count');
    expect(await live.textContent()).toContain('as of 1 January 2016');
    const track = await page.locator('.timeline__track').boundingBox();
    if (!track) throw new Error('no track');
    await page.mouse.move(track.x + track.width * 0.2, track.y + 20);
    await page.mouse.down();
    for (const f of [0.4, 0.6, 0.8, 0.97]) await page.mouse.move(track.x + track.width * f, track.y + 20, { steps: 3 });
    await waitForMapIdle(page);
    // Still dragging: the URL has not changed, but the handle, the live line and the map follow the pointer.
    expect(page.url()).toContain('date=2016-01-01');
    const dragged = { date: Number(await slider.getAttribute('aria-valuenow')), from: null };
    const during = { text: await live.textContent(), value: await slider.getAttribute('aria-valuetext'), left: await slider.evaluate((e) => (e as HTMLElement).style.left) };
    expect(during.text).not.toContain('1 January 2016');
    expect(during.text).toContain(`as of ${during.value}`);
    expect(during.text).toMatch(new RegExp(`^${expectedShown(content, dragged).size} events?,`));
    expect(parseFloat(during.left)).toBeGreaterThan(90);
    const paintedDuring = await expectPaintedAt(page, dragged);
    expect(paintedDuring.shown).toBeGreaterThan(3);
    await page.mouse.up();
    await page.waitForURL((url) => !url.search.includes('date=2016-01-01'));
    await waitForMapIdle(page);
    // Released: the URL holds the date, and React's render of it is what the drag showed.
    expect(await live.textContent()).toBe(during.text);
    expect(await slider.getAttribute('aria-valuetext')).toBe(during.value);
    expect(await slider.evaluate((e) => (e as HTMLElement).style.left)).toBe(during.left);
    expect((await expectPaintedAt(page, dragged)).painted).toEqual(paintedDuring.painted);
    await context.close();
  });

  it('selects a site when its marker is clicked, and the URL says so', async () => {
    const { page, context } = await open('/?date=2025-06-01#map=8/35.2/36.2');
    const at = await screenPoint(page, 35.945, 35.4117);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(/\/sites\/khmeimim/);
    expect(new URL(page.url()).searchParams.get('date')).toBe('2025-06-01');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Khmeimim Air Base');
    await context.close();
  });

  it('writes the date into a copied link and the citation even when the link named none, so it will not drift', async () => {
    const extent = timelineExtent(content);
    if (!extent) throw new Error('the content has no events');
    const { page, context } = await open('/sites/khmeimim', { clipboard: true });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe('/sites/khmeimim');
    expect(link.searchParams.get('date')).toBe(isoDay(extent.latest));
    expect(new URL(page.url()).searchParams.get('date')).toBeNull();
    await page.getByRole('link', { name: 'Overview' }).click();
    const cite = page.getByRole('textbox', { name: 'Cite this view' });
    await expect.poll(() => cite.inputValue(), { timeout: 20_000 }).toContain(`?date=${isoDay(extent.latest)}`);
    await context.close();
  });

  it('restores the same view from a copied link in a fresh page', async () => {
    const first = await open('/events/khmeimim-attack-2025?date=2025-05-21&from=2025-01-01#map=7.5/35.3/36.4', { clipboard: true });
    await first.page.getByRole('button', { name: 'Copy link' }).click();
    await first.page.getByText('Link copied').waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    const cam1 = await camera(first.page);
    await first.context.close();

    const second = await open(link.replace(new URL(link).origin, ''));
    expect(await second.page.getByRole('heading', { level: 2 }).textContent()).toBe('Armed attack on Khmeimim air base');
    expect(await second.page.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext')).toBe('21 May 2025');
    expect(await second.page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')).toBe('1 January 2025');
    expect(await second.page.getByRole('button', { name: 'Between two dates' }).getAttribute('aria-pressed')).toBe('true');
    const cam2 = await camera(second.page);
    expect(cam2.zoom).toBeCloseTo(cam1.zoom, 1);
    expect(cam2.lat).toBeCloseTo(cam1.lat, 2);
    expect(cam2.lon).toBeCloseTo(cam1.lon, 2);
    await second.context.close();
  });

  it('walks back and forward through selections', async () => {
    const { page, context } = await open('/?date=2026-01-28');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('link', { name: 'Khmeimim Air Base', exact: true }).click();
    await page.waitForURL(/\/sites\/khmeimim/);
    await page.getByRole('link', { name: 'Armed attack on Khmeimim air base' }).click();
    await page.waitForURL(/\/events\/khmeimim-attack-2025/);
    expect(new URL(page.url()).searchParams.get('date')).toBe('2025-05-20');
    await page.goBack();
    await page.waitForURL(/\/sites\/khmeimim/);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Khmeimim Air Base');
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toContain('from the analyses');
    await page.goForward();
    await page.waitForURL(/\/sites\/khmeimim/);
    expect(path(page)).toBe('/sites/khmeimim');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Khmeimim Air Base');
    await context.close();
  });

  it('selects a site from an analysis passage and highlights what the passage discusses', async () => {
    const { page, context } = await open('/analyses/ccbs-russia-syria-new-chapter/khmeimim-under-attack');
    // The reader's panel arrives in its own chunk, which may come after the map's first idle.
    await expect.poll(() => page.title()).toContain('Khmeimim under fire');
    await expect.poll(() => drawn(page, 'atlas-highlight-sites')).toEqual(['khmeimim']);
    const passage = page.locator('#passage-khmeimim-under-attack');
    await passage.getByRole('link', { name: 'Khmeimim Air Base', exact: true }).click();
    await page.waitForURL(/\/sites\/khmeimim/);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Khmeimim Air Base');
    expect(await drawn(page, 'atlas-selection-sites')).toEqual(['khmeimim']);
    await context.close();
  });

  it('points to a place off the map from the home view and moves the map to it when chosen', async () => {
    // At twice the pixels: a hollow diamond's band is sharp only then (the place may be on a coast, against the sea).
    const { page, context } = await open('/', { scale: 2 });
    const { button, site } = await offMapSite(page, content);
    const [lon, lat] = site.coordinates;
    await button.click();
    await page.waitForURL(new RegExp(`/sites/${site.id}`));
    await page.waitForFunction(([x, y]) => {
      const m = window.__atlasMap;
      return m !== undefined && !m.isMoving() && m.getBounds().contains([x, y]);
    }, [lon, lat] as const, { timeout: 30_000 });
    const status = site.status.length === 0 ? null : statusOnDate(site, timelineExtent(content)?.latest ?? NaN);
    const colour = hexToRgb((status ? STATUS_STYLE[status.period.status] : NO_STATUS_STYLE).colour);
    expect(colourDistance(await siteColour(page, lon, lat, colour), colour)).toBeLessThanOrEqual(12);
    await context.close();
  });
});

describe('provenance the reader can see', () => {
  const texts = JSON.parse(readFileSync('public/content/texts.json', 'utf8')) as Texts;
  const titleOf = (id: string) => texts.sources.find((s) => s.id === id)?.title ?? id;

  it('numbers each claim\'s sources, leads to them without losing the map\'s place, and shows when a change was first reported', async () => {
    const site = siteById.get('tartus-naval-facility');
    const index = site?.status.findIndex((p) => p.reported !== undefined) ?? -1;
    const period = site?.status[index];
    if (!site || !period?.reported) throw new Error('the content has no status period with a first-reported date');
    const { page, context } = await open(`/sites/${site.id}?date=2025-06-01#map=8/35/36`);
    const history = page.getByRole('region', { name: 'Status history' });
    const item = history.locator('li', { hasText: formatDateOrRange(period.reported) });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(`first reported ${formatDateOrRange(period.reported)}`);
    // The first source the note cites inline is a numbered reference; following it lands on that source in the list.
    // The note is prose, in texts.json beside the site's period.
    const cited = citedIds(texts.sites[site.id]?.status[index]?.note ?? '')[0];
    if (!cited) throw new Error('the period\'s note cites no source inline');
    const ref = item.locator('a.ref').first();
    const n = Number(await ref.textContent());
    expect(n).toBeGreaterThan(0);
    const hash = new URL(page.url()).hash;
    await ref.click();
    const entry = page.locator(`#ref-${n}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`ref-${n}`);
    expect(await entry.textContent()).toContain(titleOf(cited));
    expect(new URL(page.url()).hash).toBe(hash);
    await page.screenshot({ path: 'tests/e2e/artifacts/provenance.png' });
    await context.close();
  });

  it('shows an event\'s first-reported date, and that it came after the analysis, from the analysis\'s own date', async () => {
    const event = content.events.find((e) => e.reported !== undefined && typeof e.date !== 'string' && e.date.from > (content.analyses[0]?.published as string));
    const analysis = content.analyses.find((a) => event?.passages[0]?.startsWith(`${a.id}#`));
    if (!event?.reported || !analysis) throw new Error('the content has no event reported after its analysis');
    const { page, context } = await open(`/events/${event.id}`);
    const when = page.locator('dl.facts dd').first();
    await expect.poll(() => when.textContent()).toContain(`first reported ${formatDateOrRange(event.reported)}`);
    expect(await when.textContent()).toContain(`after the analysis (${formatDateOrRange(analysis.published)})`);
    await context.close();
  });
});
