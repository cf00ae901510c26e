import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The initial view: Syria and its neighbours, from Cyprus to western Iran. [west, south, east, north] */
export const HOME_BOUNDS: [number, number, number, number] = [30.5, 29.5, 48.5, 40.2];

/** Our calm, paper-like palette. Exported so tests and the legend use the same values. */
export const PALETTE = {
  sea: '#cfdde6',
  land: '#f3efe6',
  syria: '#ebdcc0',
  syriaOutline: '#8c6a3a',
  border: '#a39a88',
  countryLabel: '#6b6457',
  cityLabel: '#2f2d29',
  cityDot: '#4b463d',
  halo: '#fbfaf6',
} as const;

const NATURAL_EARTH = 'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export const BASEMAP_SOURCES = ['region', 'places', 'world', 'detail'] as const;

/** The scheme under which the region overview's source is served from geo/region.json (region-protocol.ts). */
export const REGION_PROTOCOL = 'atlas-region';

/**
 * Where the fine (1:10m) basemap ends: [west, south, east, north]. Must match REGION_BBOX in
 * scripts/geo-config.mjs (a unit test checks). Beyond it, the coarse world layer takes over.
 */
export const REGION_BBOX: [number, number, number, number] = [23, 25.5, 53, 43.5];

/**
 * The coarse world layer, added only when the view reaches beyond the region (see MapView), and the places to label
 * then: geo/places.json holds only the region's, geo/world-places.json every place.
 */
export function worldLayers(baseUrl: string): { source: SourceSpecification; layers: LayerSpecification[]; places: string } {
  return {
    places: new URL('geo/world-places.json', baseUrl).href,
    source: {
      type: 'geojson',
      data: new URL('geo/world.json', baseUrl).href,
      attribution: NATURAL_EARTH,
    },
    layers: [
      { id: 'world-land', type: 'fill', source: 'world', filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': PALETTE.land, 'fill-antialias': false } },
      { id: 'world-borders', type: 'line', source: 'world', filter: ['==', ['get', 'kind'], 'border'], paint: { 'line-color': PALETTE.border, 'line-width': borderWidth } },
    ],
  };
}

/** From this zoom the region is drawn from the full-detail file; below it, from the light overview. */
export const DETAIL_MINZOOM = 6;
/** The overview layers that the detailed ones replace from DETAIL_MINZOOM, once the detail has loaded. */
export const OVERVIEW_LAYERS = ['land', 'borders', 'syria-outline'] as const;

const landColour: ExpressionSpecification = ['case', ['==', ['get', 'name'], 'Syria'], PALETTE.syria, PALETTE.land];
const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.2];
const syriaOutlinePaint = {
  'line-color': PALETTE.syriaOutline,
  'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 7, 2.2] as ExpressionSpecification,
  'line-opacity': 0.85,
};

/**
 * The region in full detail (coasts and borders to ~100 m), added when the reader first zooms in to
 * DETAIL_MINZOOM (see MapView): the same land, borders and Syria outline as the overview, drawn over it.
 */
export function detailLayers(baseUrl: string): { source: SourceSpecification; layers: LayerSpecification[] } {
  const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
  return {
    source: { type: 'geojson', data: new URL('geo/detail.json', baseUrl).href, attribution: NATURAL_EARTH },
    layers: [
      { id: 'detail-land', type: 'fill', source: 'detail', minzoom: DETAIL_MINZOOM, filter: isKind('country'), paint: { 'fill-color': landColour, 'fill-antialias': false } },
      { id: 'detail-borders', type: 'line', source: 'detail', minzoom: DETAIL_MINZOOM, filter: isKind('border'), paint: { 'line-color': PALETTE.border, 'line-width': borderWidth } },
      {
        id: 'detail-syria-outline',
        type: 'line',
        source: 'detail',
        minzoom: DETAIL_MINZOOM,
        filter: ['all', isKind('country'), ['==', ['get', 'name'], 'Syria']],
        paint: syriaOutlinePaint,
      },
    ],
  };
}

const FONT = ['Noto Sans Regular'];

/**
 * Rank 1 places show from the start; rank 2 and 3 appear as the reader zooms in. A filter sees the zoom of the tile
 * (a whole number), so the steps are whole numbers: the home view (about zoom 5 at 1280×800) shows rank 2.
 */
const cityRankVisible: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 6, 3]];
const countryRankVisible: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3, 2, 4.5, 3, 7, 4]];

/**
 * The basemap style. Data is our own (public/geo, built by scripts/build-geo.mjs); there is no `glyphs`
 * URL, so MapLibre draws labels with the browser's local fonts, Arabic and Cyrillic included.
 */
export function basemapStyle(baseUrl: string): StyleSpecification {
  const geo = (file: string) => new URL(`geo/${file}`, baseUrl).href;
  return {
    version: 8,
    name: 'Analysis Atlas basemap',
    sources: {
      region: {
        type: 'geojson',
        data: `${REGION_PROTOCOL}://region`,
        attribution: NATURAL_EARTH,
      },
      places: {
        type: 'geojson',
        data: geo('places.json'),
        attribution: 'Places: <a href="https://www.geonames.org/">GeoNames</a>',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'region',
        filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'fill-color': landColour, 'fill-antialias': false },
      },
      { id: 'borders', type: 'line', source: 'region', filter: ['==', ['get', 'kind'], 'border'], paint: { 'line-color': PALETTE.border, 'line-width': borderWidth } },
      { id: 'syria-outline', type: 'line', source: 'region', filter: ['all', ['==', ['get', 'kind'], 'country'], ['==', ['get', 'name'], 'Syria']], paint: syriaOutlinePaint },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'places',
        filter: ['all', ['==', ['get', 'kind'], 'country'], countryRankVisible],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12,
          'text-max-width': 8,
          // Where a marker's label sits on the country's label point, the name moves just beside it.
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': PALETTE.countryLabel, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'places',
        filter: ['all', ['==', ['get', 'kind'], 'city'], cityRankVisible],
        paint: {
          'circle-radius': ['case', ['get', 'capital'], 3.2, 2.4],
          'circle-color': PALETTE.cityDot,
          'circle-stroke-color': PALETTE.halo,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'places',
        filter: ['all', ['==', ['get', 'kind'], 'city'], cityRankVisible],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': ['case', ['get', 'capital'], 13, 11.5],
          'text-anchor': 'left',
          'text-offset': [0.55, 0],
          'text-optional': true,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': PALETTE.cityLabel, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4 },
      },
    ],
  };
}
