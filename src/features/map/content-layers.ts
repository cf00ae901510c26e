import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { ContentIndex } from '../../content/content-index';
import { eventsGeoJSON, areasGeoJSON } from '../../content/geojson';
import { SITE_STATUSES } from '../../content/schema';
import type { VisibleContent } from '../../content/visible';
import { EVENT_COLOUR, HIGHLIGHT_COLOUR, NO_STATUS_STYLE, SELECTION_COLOUR, STATUS_STYLE, diamondImage, roundImage } from './marker-style';

/** Layer ids the app draws over the basemap; the browser suite queries these. */
export const LAYERS = {
  areaFill: 'atlas-area-fill',
  areaLine: 'atlas-area-line',
  events: 'atlas-events',
  sites: 'atlas-sites',
  selectionSites: 'atlas-selection-sites',
  selectionEvents: 'atlas-selection-events',
  highlightSites: 'atlas-highlight-sites',
  highlightEvents: 'atlas-highlight-events',
} as const;
export const INTERACTIVE_LAYERS = [LAYERS.sites, LAYERS.events];

const FONT = ['Noto Sans Regular'];
const SLOT_RADIUS = 1.15; // in icon-size units (em of the 14 px event dot), around a site's diamond

/** Events at the same place are fanned out around it, so none hides another or the site's own marker. */
function eventsWithSlots(index: ContentIndex): FeatureCollection<Point> {
  const fc = eventsGeoJSON(index.content);
  const atPlace = new Map<string, number>();
  for (const f of fc.features) {
    const key = f.geometry.coordinates.join(',');
    const k = atPlace.get(key) ?? 0;
    atPlace.set(key, k + 1);
    const siteHere = index.content.sites.some((s) => s.coordinates[0] === f.geometry.coordinates[0] && s.coordinates[1] === f.geometry.coordinates[1]);
    const angle = (-90 + k * 40) * (Math.PI / 180);
    const ring = siteHere ? SLOT_RADIUS + Math.floor(k / 9) * 0.9 : k === 0 ? 0 : SLOT_RADIUS;
    (f.properties as unknown as Record<string, unknown>).offset = [Math.cos(angle) * ring * 14, Math.sin(angle) * ring * 14];
  }
  return fc;
}

function addImages(map: MapLibreMap): void {
  for (const status of SITE_STATUSES) {
    if (!map.hasImage(`site-${status}`)) map.addImage(`site-${status}`, diamondImage(STATUS_STYLE[status]), { pixelRatio: 2 });
  }
  if (!map.hasImage('site-none')) map.addImage('site-none', diamondImage(NO_STATUS_STYLE), { pixelRatio: 2 });
  if (!map.hasImage('event-dot')) map.addImage('event-dot', roundImage(EVENT_COLOUR, 28, null), { pixelRatio: 2 });
  if (!map.hasImage('ring-selection')) map.addImage('ring-selection', roundImage(SELECTION_COLOUR, 64, 4), { pixelRatio: 2 });
  if (!map.hasImage('ring-highlight')) map.addImage('ring-highlight', roundImage(HIGHLIGHT_COLOUR, 64, 6), { pixelRatio: 2 });
}

/** Adds the content's sources and layers once, above the basemap. */
export function addContentLayers(map: MapLibreMap, index: ContentIndex): void {
  addImages(map);
  map.addSource('atlas-areas', { type: 'geojson', data: areasGeoJSON(index.content) });
  map.addSource('atlas-events', { type: 'geojson', data: eventsWithSlots(index) });
  map.addSource('atlas-sites', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

  map.addLayer({ id: LAYERS.areaFill, type: 'fill', source: 'atlas-areas', paint: { 'fill-color': '#1d3557', 'fill-opacity': 0.08 } });
  map.addLayer({
    id: LAYERS.areaLine,
    type: 'line',
    source: 'atlas-areas',
    paint: { 'line-color': '#1d3557', 'line-width': 1.4, 'line-dasharray': [3, 2], 'line-opacity': 0.7 },
  });
  const ring = (id: string, source: string, image: string, offset: boolean) =>
    map.addLayer({
      id,
      type: 'symbol',
      source,
      filter: ['==', ['get', 'id'], ''],
      layout: {
        'icon-image': image,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        ...(offset ? { 'icon-offset': ['get', 'offset'] as ExpressionSpecification, 'icon-size': 0.6 } : {}),
      },
    });
  ring(LAYERS.highlightEvents, 'atlas-events', 'ring-highlight', true);
  ring(LAYERS.highlightSites, 'atlas-sites', 'ring-highlight', false);
  map.addLayer({
    id: LAYERS.events,
    type: 'symbol',
    source: 'atlas-events',
    filter: ['==', ['get', 'id'], ''],
    layout: {
      'icon-image': 'event-dot',
      'icon-offset': ['get', 'offset'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': ['get', 'start'],
    },
  });
  map.addLayer({
    id: LAYERS.sites,
    type: 'symbol',
    source: 'atlas-sites',
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': 12.5,
      'text-anchor': 'left',
      'text-offset': [1.3, 0],
      'text-optional': true,
      'text-max-width': 12,
    },
    paint: { 'text-color': '#1f1d1a', 'text-halo-color': '#fbfaf6', 'text-halo-width': 1.6 },
  });
  ring(LAYERS.selectionEvents, 'atlas-events', 'ring-selection', true);
  ring(LAYERS.selectionSites, 'atlas-sites', 'ring-selection', false);
}

/** Shows the content as it stood at the chosen time: sites with their status, events in the range. */
export function showTime(map: MapLibreMap, visible: VisibleContent, date: number, from: number | null): void {
  (map.getSource('atlas-sites') as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: visible.sites.map(({ site, status }) => ({
      type: 'Feature',
      id: site.id,
      geometry: { type: 'Point', coordinates: [...site.coordinates] },
      properties: {
        id: site.id,
        name: site.names.en,
        status: status?.period.status ?? 'none',
        icon: `site-${status?.period.status ?? 'none'}`,
      },
    })),
  });
  map.setFilter(LAYERS.events, ['all', ['<=', ['get', 'start'], date], ['>=', ['get', 'end'], from ?? -1e9]]);
  // Events recede with age: full strength in the last three months before the date, faint after two years.
  map.setPaintProperty(LAYERS.events, 'icon-opacity', ['interpolate', ['linear'], ['get', 'end'], date - 730, 0.3, date - 90, 1]);
}

/** Rings the selected site or event (shown even when the timeline has moved past it). */
export function showSelection(map: MapLibreMap, id: string | null): void {
  const f: FilterSpecification = ['==', ['get', 'id'], id ?? ''];
  map.setFilter(LAYERS.selectionSites, f);
  map.setFilter(LAYERS.selectionEvents, f);
}

/** Rings the sites and events of the passage the reader is on. */
export function showHighlight(map: MapLibreMap, ids: readonly string[]): void {
  const f: FilterSpecification = ['in', ['get', 'id'], ['literal', [...ids]]];
  map.setFilter(LAYERS.highlightSites, f);
  map.setFilter(LAYERS.highlightEvents, f);
}
