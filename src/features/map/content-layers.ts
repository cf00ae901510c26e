import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import type { ContentIndex } from '../../content/content-index';
import { areasGeoJSON } from '../../content/geojson';
import { SITE_STATUSES } from '../../content/vocabulary';
import type { Shown } from '../../content/shown';
import type { MapSite } from '../../content/texts';
import type { EventPositions } from './event-positions';
import { CHANGED_COLOUR, HIGHLIGHT_COLOUR, NO_STATUS_STYLE, SELECTION_COLOUR, STATUS_STYLE } from '../../components/status-style';
import { diamondImage, roundImage } from './marker-images';
import { FAN_FULL_ZOOM, FAN_UNTIL_ZOOM, siteFan } from './site-fan';

/** Layer ids the app draws over the basemap; the browser suite queries these. */
export const LAYERS = {
  areaFill: 'atlas-area-fill',
  siteIcons: 'atlas-site-icons',
  areaLine: 'atlas-area-line',
  events: 'atlas-events',
  eventCells: 'atlas-event-cells',
  sites: 'atlas-sites',
  eventMarks: 'atlas-event-marks',
  selectionSites: 'atlas-selection-sites',
  highlightSites: 'atlas-highlight-sites',
  changedSites: 'atlas-changed-sites',
} as const;

const FONT = ['Noto Sans Regular'];
const LABEL_SIZE = 12.5;
const LABEL_GAP_EM = 1.3;

/** A site's stacking offset (site-fan.ts), full when zoomed out and fading to none as the sites stand apart. */
const fanned = (property: 'fan' | 'fanText', none: [number, number]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  FAN_FULL_ZOOM,
  ['array', 'number', 2, ['get', property]],
  FAN_UNTIL_ZOOM,
  ['literal', none],
];
const ICON_OFFSET = fanned('fan', [0, 0]);
/** A site the passage being read does not discuss recedes (feature state `dim`, set by dimSites). */
const DIM_OR_FULL: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'dim'], false], 0.35, 1];
const ringLayout = (image: string) => ({ 'icon-image': image, 'icon-offset': ICON_OFFSET, 'icon-allow-overlap': true, 'icon-ignore-placement': true });

/** The layers a pointer can hit a site on: its icon (one layer per status) and its label. */
export const SITE_HIT_LAYERS = [...[...SITE_STATUSES, 'none'].map((s) => `${LAYERS.siteIcons}-${s}`), LAYERS.sites];

function addImages(map: MapLibreMap): void {
  for (const status of SITE_STATUSES) {
    if (!map.hasImage(`site-${status}`)) map.addImage(`site-${status}`, diamondImage(STATUS_STYLE[status]), { pixelRatio: 2 });
  }
  if (!map.hasImage('site-none')) map.addImage('site-none', diamondImage(NO_STATUS_STYLE), { pixelRatio: 2 });
  if (!map.hasImage('ring-selection')) map.addImage('ring-selection', roundImage(SELECTION_COLOUR, 64, 4), { pixelRatio: 2 });
  if (!map.hasImage('ring-changed')) map.addImage('ring-changed', roundImage(CHANGED_COLOUR, 76, 5), { pixelRatio: 2 });
  if (!map.hasImage('ring-highlight')) map.addImage('ring-highlight', roundImage(HIGHLIGHT_COLOUR, 64, 6), { pixelRatio: 2 });
}

/**
 * Adds the style layers for what is few: areas, sites (six, not a hundred thousand), and the rings that mark the
 * selected or highlighted events. The events themselves are drawn by the custom layer in events-layer.ts, which is
 * inserted before the sites layer.
 */
export function addContentLayers(map: MapLibreMap, index: ContentIndex): void {
  addImages(map);
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('atlas-areas', { type: 'geojson', data: areasGeoJSON(index.content) });
  // All sites are in the source once; their status on the date is feature state, so moving the date never
  // reloads a tile: one icon layer per status shows the sites whose state matches it.
  const fan = siteFan(index.content.sites);
  map.addSource('atlas-sites', {
    type: 'geojson',
    promoteId: 'id',
    data: {
      type: 'FeatureCollection',
      features: index.content.sites.map((site) => {
        const [dx, dy] = fan.get(site.id) ?? [0, 0];
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [...site.coordinates] },
          properties: {
            id: site.id,
            name: site.names.en,
            name_ar: site.names.ar ?? site.names.en,
            name_ru: site.names.ru ?? site.names.en,
            fan: [dx, dy],
            fanText: [LABEL_GAP_EM + dx / LABEL_SIZE, dy / LABEL_SIZE],
          },
        };
      }),
    },
  });
  map.addSource('atlas-event-marks', { type: 'geojson', data: empty });

  map.addLayer({ id: LAYERS.areaFill, type: 'fill', source: 'atlas-areas', paint: { 'fill-color': '#1d3557', 'fill-opacity': 0.08 } });
  map.addLayer({
    id: LAYERS.areaLine,
    type: 'line',
    source: 'atlas-areas',
    paint: { 'line-color': '#1d3557', 'line-width': 1.4, 'line-dasharray': [3, 2], 'line-opacity': 0.7 },
  });
  // Between two dates, the sites whose status changed in the range wear a ring (under the selection's and the passage's).
  map.addLayer({
    id: LAYERS.changedSites,
    type: 'symbol',
    source: 'atlas-sites',
    filter: ['in', ['get', 'id'], ['literal', []]],
    layout: ringLayout('ring-changed'),
  });
  map.addLayer({
    id: LAYERS.highlightSites,
    type: 'symbol',
    source: 'atlas-sites',
    filter: ['==', ['get', 'id'], ''],
    layout: ringLayout('ring-highlight'),
  });
  for (const status of [...SITE_STATUSES, 'none'] as const) {
    map.addLayer({
      id: `${LAYERS.siteIcons}-${status}`,
      type: 'symbol',
      source: 'atlas-sites',
      layout: ringLayout(`site-${status}`),
      paint: { 'icon-opacity': ['case', ['==', ['feature-state', 'status'], status], DIM_OR_FULL, 0], 'icon-opacity-transition': { duration: 0 } },
    });
  }
  map.addLayer({
    id: LAYERS.sites,
    type: 'symbol',
    source: 'atlas-sites',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': LABEL_SIZE,
      'text-anchor': 'left',
      'text-offset': fanned('fanText', [LABEL_GAP_EM, 0]),
      'text-optional': true,
      'text-max-width': 12,
    },
    paint: {
      'text-color': '#1f1d1a',
      'text-halo-color': '#fbfaf6',
      'text-halo-width': 1.6,
      'text-opacity': ['case', ['==', ['coalesce', ['feature-state', 'status'], 'hidden'], 'hidden'], 0, DIM_OR_FULL],
      'text-opacity-transition': { duration: 0 },
    },
  });
  map.addLayer({
    id: LAYERS.eventMarks,
    type: 'symbol',
    source: 'atlas-event-marks',
    layout: {
      'icon-image': ['match', ['get', 'role'], 'selected', 'ring-selection', 'ring-highlight'],
      'icon-offset': ['get', 'offset'],
      'icon-size': 0.6,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  });
  map.addLayer({
    id: LAYERS.selectionSites,
    type: 'symbol',
    source: 'atlas-sites',
    filter: ['==', ['get', 'id'], ''],
    layout: ringLayout('ring-selection'),
  });
}

/** The status of each site on the date, as feature state ('hidden' when the site does not stand then). */
export function sitesState(sites: readonly MapSite[], shown: Shown): Map<string, string> {
  const state = new Map(sites.map((s) => [s.id, 'hidden']));
  for (const v of shown.sites) state.set(v.site.id, v.status?.period.status ?? 'none');
  return state;
}

export function showSites(map: MapLibreMap, state: ReadonlyMap<string, string>, previous: ReadonlyMap<string, string>): void {
  for (const [id, status] of state) {
    if (previous.get(id) !== status) map.setFeatureState({ source: 'atlas-sites', id }, { status });
  }
}

/** While a passage is read, the sites it does not discuss recede; `keep` null: none recede. */
export function dimSites(map: MapLibreMap, sites: readonly MapSite[], keep: readonly string[] | null): void {
  for (const s of sites) map.setFeatureState({ source: 'atlas-sites', id: s.id }, { dim: keep !== null && !keep.includes(s.id) });
}

/** Rings the sites whose status changed in the range ("between two dates"; none in "as of" mode). */
export function showChanged(map: MapLibreMap, ids: readonly string[]): void {
  map.setFilter(LAYERS.changedSites, ['in', ['get', 'id'], ['literal', [...ids]]]);
}

/** Shows only the areas that apply at the time (and are in scope): a filter on the two area layers. */
export function showAreas(map: MapLibreMap, ids: readonly string[]): void {
  const filter: FilterSpecification = ['in', ['get', 'id'], ['literal', [...ids]]];
  map.setFilter(LAYERS.areaFill, filter);
  map.setFilter(LAYERS.areaLine, filter);
}

/** Rings the selected site, and the selected and highlighted events (a handful of features, whatever the total). */
export function showMarks(map: MapLibreMap, index: ContentIndex, positions: EventPositions, selectedId: string | null, highlight: readonly string[]): void {
  const f: FilterSpecification = ['==', ['get', 'id'], selectedId ?? ''];
  map.setFilter(LAYERS.selectionSites, f);
  map.setFilter(LAYERS.highlightSites, ['in', ['get', 'id'], ['literal', [...highlight]]]);
  const marks: Feature<Point>[] = [];
  const add = (id: string, role: 'selected' | 'highlight') => {
    const i = index.table.rowOf.get(id);
    if (i === undefined) return;
    const lon = positions.lonLat[2 * i];
    const lat = positions.lonLat[2 * i + 1];
    if (lon === undefined || lat === undefined || Number.isNaN(lon)) return;
    marks.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { id, role, offset: [(positions.offset[2 * i] ?? 0) / 0.6, (positions.offset[2 * i + 1] ?? 0) / 0.6] },
    });
  };
  for (const id of highlight) if (index.events.has(id)) add(id, 'highlight');
  if (selectedId && index.events.has(selectedId)) add(selectedId, 'selected');
  (map.getSource('atlas-event-marks') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: marks });
}

/** Removes everything addContentLayers added (effects may run twice, and content may be reloaded). */
export function removeContentLayers(map: MapLibreMap): void {
  const layers = [LAYERS.selectionSites, LAYERS.eventMarks, LAYERS.sites, ...SITE_HIT_LAYERS.filter((id) => id !== LAYERS.sites), LAYERS.highlightSites, LAYERS.changedSites, LAYERS.areaLine, LAYERS.areaFill];
  for (const id of layers) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of ['atlas-event-marks', 'atlas-sites', 'atlas-areas']) if (map.getSource(id)) map.removeSource(id);
}
