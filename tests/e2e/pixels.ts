import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { parseDateOrRange } from '../../src/content/dates';
import { eventMatches, type EventFilters } from '../../src/content/filters';
import type { MapBundle } from '../../src/content/texts';
import { inTime, type TimeQuery } from '../../src/content/time-rule';
import { waitForMapIdle } from './browser';
import { readCompiledContent } from '../../scripts/compiled-content';

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour of one pixel of a PNG screenshot. */
export function pixelAt(png: Buffer, x: number, y: number): Rgb {
  const image = PNG.sync.read(png);
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/** The content the build ships (or any bundle a test serves in its place). */
export function builtContent(): MapBundle {
  return readCompiledContent();
}

/** The events a time and filters show, by the time rule and the filters, worked out here from the content. */
export function expectedShown(content: Pick<MapBundle, 'events'>, time: TimeQuery, filters: EventFilters = { kinds: [], actors: [], analyses: [] }): Set<string> {
  return new Set(
    content.events
      .filter((e) => {
        const span = parseDateOrRange(e.date);
        return span !== null && inTime(span.start, span.end, time) && eventMatches(e, filters);
      })
      .map((e) => e.id),
  );
}

/** Layers of ours drawn over the events (site icons and labels, selection rings): hidden while events are read. */
const OVER_EVENTS = /^atlas-(site|sites|selection|highlight|changed|event-marks)/;
/** The grouped circles' layer exists only for content with enough events to group (a trailing "?": may be absent). */
const EVENT_LAYERS = ['atlas-events', 'atlas-event-cells?'];

async function setVisibility(page: Page, layers: RegExp | string[], visible: boolean): Promise<void> {
  await page.evaluate(
    ([source, list, on]) => {
      const map = window.__atlasMap;
      if (!map) throw new Error('no map');
      // getStyle() lists style layers only; the events layers are custom layers, named directly.
      const ids = source !== null ? map.getStyle().layers.map((l) => l.id).filter((id) => new RegExp(source).test(id)) : (list as string[]);
      for (const name of ids) {
        const id = name.replace(/\?$/, '');
        if (!map.getLayer(id)) {
          if (name.endsWith('?')) continue;
          throw new Error(`no layer ${id}`);
        }
        map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
      }
    },
    [layers instanceof RegExp ? layers.source : null, layers instanceof RegExp ? [] : layers, visible] as const,
  );
  await waitForMapIdle(page);
}

/**
 * Which events the map paints, read from its pixels. For each event the hooks say where its dot would be (its place
 * and its fan-out); the page is shot with the events layers drawn and again with them hidden (every layer of ours
 * above them hidden both times), and an event is painted when its spot differs. Only events whose spot is clear
 * of every other event's (by `clearPx`) and inside the map are judged: the rest are left out of the answer.
 */
export async function paintedEvents(page: Page, ids: readonly string[], clearPx = 14): Promise<Map<string, boolean>> {
  await waitForMapIdle(page);
  const spots = await page.evaluate((list) => {
    const box = window.__atlasMap?.getCanvas().getBoundingClientRect();
    if (!box) throw new Error('no map');
    return list.map((id) => {
      const p = window.__atlas?.eventPoint(id) ?? null;
      const x = p ? p.x + box.left : NaN;
      const y = p ? p.y + box.top : NaN;
      // Judged only where the map itself is on top: not under a control, the legend or a notice.
      const onMap = p !== null && p.x > 8 && p.y > 8 && p.x < box.width - 8 && p.y < box.height - 8 && document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') === true;
      return { id, x, y, inside: onMap };
    });
  }, [...ids]);
  const judged = spots.filter((s) => s.inside && spots.every((o) => o === s || Number.isNaN(o.x) || Math.hypot(o.x - s.x, o.y - s.y) > clearPx));
  await setVisibility(page, OVER_EVENTS, false);
  const drawn = await page.screenshot();
  await setVisibility(page, EVENT_LAYERS, false);
  const bare = await page.screenshot();
  await setVisibility(page, EVENT_LAYERS, true);
  await setVisibility(page, OVER_EVENTS, true);
  return new Map(judged.map((s) => [s.id, colourDistance(pixelAt(drawn, s.x, s.y), pixelAt(bare, s.x, s.y)) > 20]));
}

/** Compares what the pixels show with what was expected, for the events that could be judged. */
export function paintedVersusExpected(painted: Map<string, boolean>, expected: Set<string>): { wrong: string[]; shown: number; hidden: number } {
  const wrong: string[] = [];
  let shown = 0;
  let hidden = 0;
  for (const [id, isPainted] of painted) {
    const want = expected.has(id);
    if (want) shown++;
    else hidden++;
    if (want !== isPainted) wrong.push(`${id}: ${isPainted ? 'painted' : 'not painted'}, expected ${want ? 'painted' : 'not painted'}`);
  }
  return { wrong, shown, hidden };
}

/**
 * The colour of a site's diamond where it is drawn, read from the pixels: of four points inside the diamond's
 * coloured band (4.5 to 6 px above, below, left and right of its centre), the one nearest `expected`; the band is
 * the status colour whether the diamond is solid or hollow.
 */
export async function siteColour(page: Page, lon: number, lat: number, expected: Rgb): Promise<Rgb> {
  await waitForMapIdle(page);
  const p = await page.evaluate(
    ([x, y]) => {
      const map = window.__atlasMap;
      if (!map) throw new Error('no map');
      const box = map.getCanvas().getBoundingClientRect();
      const at = map.project([x, y]);
      return { x: at.x + box.left, y: at.y + box.top, dpr: window.devicePixelRatio };
    },
    [lon, lat] as const,
  );
  // Screenshots are in device pixels (a hollow diamond's band is sharp only at 2×: open such pages at that scale).
  const shot = await page.screenshot();
  const samples = [4.5, 5, 5.5, 6].flatMap((r) => [[0, -r], [0, r], [-r, 0], [r, 0]]).map(([dx = 0, dy = 0]) => pixelAt(shot, (p.x + dx) * p.dpr, (p.y + dy) * p.dpr));
  return samples.reduce((best, c) => (colourDistance(c, expected) < colourDistance(best, expected) ? c : best));
}

/**
 * A site the home view's "Off the map" hint offers, found in the content by the name on its button (which places
 * are off the map depends on the content's home view, so tests do not name one).
 */
export async function offMapSite(page: Page, content: Pick<MapBundle, 'sites'>) {
  const buttons = page.getByRole('note').filter({ hasText: 'Off the map' }).getByRole('button');
  await buttons.first().waitFor();
  const names = (await buttons.allTextContents()).map((text) => text.replace(/↗\s*$/, '').trim());
  for (const [i, name] of names.entries()) {
    const site = content.sites.find((s) => s.names.en === name);
    if (site) return { button: buttons.nth(i), site };
  }
  throw new Error(`no site among the places off the map: ${names.join(', ')}`);
}

/**
 * Where a colour is drawn inside a box of a screenshot: the middle of the pixels within `tolerance` of it, and how
 * many there are (none: null). For finding a marker by its colour, wherever the map put it.
 */
export function colourSpot(png: Buffer, box: { x: number; y: number; width: number; height: number }, colour: Rgb, tolerance = 12): { x: number; y: number; count: number } | null {
  const image = PNG.sync.read(png);
  let sx = 0;
  let sy = 0;
  let count = 0;
  for (let y = Math.max(0, Math.round(box.y)); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.round(box.x)); x < Math.min(image.width, box.x + box.width); x++) {
      const i = (y * image.width + x) * 4;
      if (colourDistance([image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0], colour) > tolerance) continue;
      sx += x;
      sy += y;
      count++;
    }
  }
  return count === 0 ? null : { x: sx / count, y: sy / count, count };
}
