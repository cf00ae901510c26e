import type { Position } from 'geojson';
import { SITE_STATUSES } from '../../src/content/vocabulary';
import { parseDateOrRange } from '../../src/content/dates';
import { EVENT_COLOUR, NO_STATUS_STYLE, STATUS_STYLE, type StatusStyle } from '../../src/components/status-style';
import {
  analysisItems, boundsOf, count, currentStatus, eventKindLabel, eventPlace, eventsAt, formatDate, siteKindLabel, statusOn,
  type Analysis, type AtlasContent, type Site,
} from './content';
import { ATTRIBUTION_BOX, HEIGHT, INK, MAP_VIEW, MARKER_AT, MUTED, WIDTH, attribution, eyebrowBlock, markedLine, panel, stack, svgDocument, textBlock, titleBlock, type Block } from './layout';
import { diamond, eventDot, mapSvg, type Marker } from './map';
import { fitBounds, projector, unprojector, type Basemap, type Frame, type Rect } from './project';

/** One picture to make: where it goes (relative to the output folder) and its SVG. */
export interface CardJob {
  file: string;
  svg: string;
}

export interface CardContext {
  content: AtlasContent;
  basemap: Basemap;
  /** The text of public/favicon.svg, drawn in the wordmark. */
  favicon: string;
}

const CANVAS: Rect = [0, 0, WIDTH, HEIGHT];
const HOME_ACCENT = '#1d3557';

export function siteStyle(site: Site): StatusStyle {
  const current = currentStatus(site);
  return current ? STATUS_STYLE[current.status] : NO_STATUS_STYLE;
}

/** A site as the app draws it on a day (the last day of an event): null where it does not stand then. */
function styleOn(site: Site, day: number | undefined): StatusStyle | null {
  if (site.status.length === 0) return NO_STATUS_STYLE;
  const on = day === undefined ? null : statusOn(site, day);
  return on ? STATUS_STYLE[on] : null;
}

/** Site markers stacked as the app stacks them: one layer per status, in SITE_STATUSES order, then 'none'. */
function siteMarkers(sites: Site[], size: number): Marker[] {
  const layer = (s: Site) => {
    const status = currentStatus(s)?.status;
    return status ? SITE_STATUSES.indexOf(status) : SITE_STATUSES.length;
  };
  return [...sites].sort((a, b) => layer(a) - layer(b)).map((s) => ({ kind: 'site', point: s.coordinates, style: siteStyle(s), size }));
}

/**
 * The frame around one place: the closest zoom (from 9 down to 3.5) at which at least two neighbouring cities of
 * the basemap show beside it, so the reader sees where it is: Khmeimim with Latakia and Tartus, the Kremlin with
 * Minsk and Kyiv.
 */
export function placeFrame(basemap: Basemap, point: Position): Frame {
  const [mx, my] = MARKER_AT;
  const inner: Rect = [MAP_VIEW[0] + 50, MAP_VIEW[1] + 40, MAP_VIEW[2] - 50, MAP_VIEW[3] - 40];
  let frame: Frame = { zoom: 9, centre: point, x: mx, y: my };
  for (let zoom = 9; zoom >= 3.5; zoom -= 0.5) {
    frame = { zoom, centre: point, x: mx, y: my };
    const project = projector(frame);
    const rank = zoom < 4 ? 1 : zoom < 6 ? 2 : 3;
    const neighbours = basemap.places.filter((p) => {
      if (p.properties?.['kind'] !== 'city' || Number(p.properties['rank']) > rank) return false;
      const [x, y] = project(p.geometry.coordinates);
      return x > inner[0] && x < inner[2] && y > inner[1] && y < inner[3] && Math.hypot(x - mx, y - my) > 60;
    });
    if (neighbours.length >= 2) break;
  }
  return frame;
}

function card(ctx: CardContext, accent: string, frame: Frame, markers: Marker[], blocks: Block[], areas?: Position[][][]): string {
  const map = mapSvg(ctx.basemap, { frame, markers, areas, avoid: [[0, 0, MAP_VIEW[0], HEIGHT], ATTRIBUTION_BOX] }, CANVAS, MAP_VIEW);
  return svgDocument(map + attribution() + panel(accent, stack(blocks), ctx.favicon));
}

function siteCard(ctx: CardContext, site: Site): CardJob {
  const style = siteStyle(site);
  const current = currentStatus(site);
  const events = eventsAt(ctx.content, site).length;
  const blocks: Block[] = [eyebrowBlock(siteKindLabel(site)), titleBlock(site.names.en, 14)];
  const swatch = (cx: number, cy: number) => diamond(cx, cy, 15, style);
  const eventsHere = `${count(events, 'event', 'events')} here`;
  if (current) {
    blocks.push(markedLine(current.label, swatch, { font: 'bold', size: 30, colour: style.colour, gap: 26 }));
    blocks.push(textBlock(current.since, { font: 'regular', size: 26, colour: INK, maxLines: 1, gap: 6, indent: 42 }));
    if (events > 0) blocks.push(textBlock(eventsHere, { font: 'regular', size: 22, colour: MUTED, maxLines: 1, gap: 18 }));
  } else {
    // A place with no status history (a seat of government, a city): its events say what happened there.
    blocks.push(markedLine(events > 0 ? eventsHere : 'No status history recorded', swatch, { font: 'bold', size: 30, colour: style.colour, gap: 26 }));
  }
  const marker: Marker = { kind: 'site', point: site.coordinates, style, size: 24, selected: true };
  return { file: `sites/${site.id}.png`, svg: card(ctx, style.colour, placeFrame(ctx.basemap, site.coordinates), [marker], blocks) };
}

function eventCards(ctx: CardContext): CardJob[] {
  const jobs: CardJob[] = [];
  for (const event of ctx.content.events) {
    // The checked content always has a place; without one the card still says what and when, over the home view.
    const place = eventPlace(ctx.content, event) ?? { name: '', point: null, site: null, area: null };
    const blocks: Block[] = [
      eyebrowBlock(`Event · ${eventKindLabel(event)}`),
      titleBlock(event.title, 14),
      markedLine(formatDate(event.date), (cx, cy) => eventDot(cx, cy, 13), { font: 'bold', size: 30, colour: EVENT_COLOUR, gap: 26 }),
    ];
    if (place.name) blocks.push(textBlock(place.name, { font: 'regular', size: 26, colour: INK, maxLines: 2, gap: 6, indent: 42 }));
    if (!place.point) {
      jobs.push({ file: `events/${event.id}.png`, svg: card(ctx, EVENT_COLOUR, fitBounds(ctx.content.atlas.home.bounds, MAP_VIEW, 16, 8), [], blocks) });
      continue;
    }
    const areas = place.area ? [place.area.polygon] : undefined;
    const frame = place.area ? fitBounds(boundsOf(place.area.polygon.flat()), MAP_VIEW, 70, 8) : placeFrame(ctx.basemap, place.point);
    const onDay = place.site ? styleOn(place.site, parseDateOrRange(event.date)?.end) : null;
    const markers: Marker[] = place.site && onDay ? [{ kind: 'site', point: place.site.coordinates, style: onDay, size: 14 }] : [];
    // The event's dot sits beside its site's diamond (drawn as the site stood that day), as the app draws events
    // around a site.
    const [x, y] = projector(frame)(place.point);
    const dotAt = place.site ? unprojector(frame)(x + 30, y - 22) : place.point;
    markers.push({ kind: 'event', point: dotAt, size: 16, selected: true });
    jobs.push({ file: `events/${event.id}.png`, svg: card(ctx, EVENT_COLOUR, frame, markers, blocks, areas) });
  }
  return jobs;
}

function analysisCard(ctx: CardContext, analysis: Analysis): CardJob {
  const { sites, events } = analysisItems(ctx.content, analysis);
  const points: Position[] = [...sites.map((s) => s.coordinates)];
  for (const e of events) {
    const place = eventPlace(ctx.content, e);
    if (place) points.push(place.point);
  }
  const bounds = analysis.view?.bounds ?? (points.length > 0 ? boundsOf(points) : ctx.content.atlas.home.bounds);
  const blocks: Block[] = [
    eyebrowBlock('Analysis'),
    titleBlock(analysis.title, 14),
    textBlock(analysis.publisher, { font: 'bold', size: 28, colour: INK, maxLines: 2, gap: 24 }),
    textBlock(`Published ${formatDate(analysis.published)}`, { font: 'regular', size: 26, colour: INK, maxLines: 1, gap: 6 }),
    textBlock(`${count(sites.length, 'site', 'sites')} · ${count(events.length, 'event', 'events')} on the map`, { font: 'regular', size: 22, colour: MUTED, maxLines: 1, gap: 18 }),
  ];
  const markers = siteMarkers(sites, 15);
  return { file: `analyses/${analysis.id}.png`, svg: card(ctx, HOME_ACCENT, fitBounds(bounds, MAP_VIEW, 70, 8), markers, blocks) };
}

function homeCard(ctx: CardContext): CardJob {
  const { atlas, sites, events, analyses } = ctx.content;
  const intro = /^[^.!?]*[.!?]/.exec(atlas.introduction.en)?.[0] ?? atlas.introduction.en;
  const blocks: Block[] = [
    eyebrowBlock('Map of analyses'),
    titleBlock(atlas.title.en, 14),
    textBlock(intro, { font: 'regular', size: 26, colour: INK, maxLines: 3, gap: 22 }),
    textBlock(`${count(sites.length, 'site', 'sites')} · ${count(events.length, 'event', 'events')} · ${count(analyses.length, 'analysis', 'analyses')}`, {
      font: 'regular', size: 22, colour: MUTED, maxLines: 1, gap: 18,
    }),
  ];
  const markers = siteMarkers(sites, 14);
  return { file: 'home.png', svg: card(ctx, HOME_ACCENT, fitBounds(atlas.home.bounds, MAP_VIEW, 16, 8), markers, blocks) };
}

/** Every card: the home view, each site, each event, each analysis. */
export function cardJobs(ctx: CardContext): CardJob[] {
  return [
    homeCard(ctx),
    ...ctx.content.sites.map((s) => siteCard(ctx, s)),
    ...eventCards(ctx),
    ...ctx.content.analyses.map((a) => analysisCard(ctx, a)),
  ];
}
