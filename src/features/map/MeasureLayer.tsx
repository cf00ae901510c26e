import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { distanceKm, ringPolygon } from '../../content/measure';
import { useAtlasView } from '../../state/atlas-view';
import { setMeasurePicking, useUiStore } from '../../state/ui-store';
import { formatMeasure, MEASURE_KEY, parseMeasure, parseRing, withParam } from '../../state/url-state';
import { useReplaceQuery } from '../../state/view-actions';
import { useMap } from './map-context';
import { useI18n } from '../../state/use-i18n';

/** Draws the measured distance and the range ring from the URL, and takes the click when a point is being picked. */
export function MeasureLayer() {
  const map = useMap();
  const { index, selection } = useAtlasView();
  const { search } = useLocation();
  const replaceQuery = useReplaceQuery();
  const picking = useUiStore((s) => s.measurePicking);
  const { t, locale } = useI18n();

  useEffect(() => {
    map.addSource('atlas-measure', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'atlas-measure-ring', type: 'fill', source: 'atlas-measure', filter: ['==', ['get', 'kind'], 'ring'], paint: { 'fill-color': '#8c3a2b', 'fill-opacity': 0.06 } });
    map.addLayer({ id: 'atlas-measure-ring-line', type: 'line', source: 'atlas-measure', filter: ['==', ['get', 'kind'], 'ring'], paint: { 'line-color': '#8c3a2b', 'line-width': 1.5 } });
    map.addLayer({ id: 'atlas-measure-line', type: 'line', source: 'atlas-measure', filter: ['==', ['get', 'kind'], 'line'], paint: { 'line-color': '#111', 'line-width': 2, 'line-dasharray': [2, 1] } });
    map.addLayer({
      id: 'atlas-measure-label',
      type: 'symbol',
      source: 'atlas-measure',
      filter: ['==', ['get', 'kind'], 'line'],
      layout: { 'symbol-placement': 'line-center', 'text-field': ['get', 'label'], 'text-font': ['Noto Sans Regular'], 'text-size': 13, 'text-offset': [0, -0.8] },
      paint: { 'text-color': '#111', 'text-halo-color': '#fff', 'text-halo-width': 2 },
    });
    return () => {
      for (const id of ['atlas-measure-label', 'atlas-measure-line', 'atlas-measure-ring-line', 'atlas-measure-ring']) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource('atlas-measure')) map.removeSource('atlas-measure');
    };
  }, [map]);

  useEffect(() => {
    const features: Feature[] = [];
    const measure = parseMeasure(search);
    const from = measure ? index.sites.get(measure.from) : undefined;
    const to = measure ? ('site' in measure.to ? index.sites.get(measure.to.site)?.coordinates : measure.to.point) : undefined;
    if (from && to) {
      const km = distanceKm(from.coordinates, to);
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[...from.coordinates], [...to]] }, properties: { kind: 'line', label: t('measure.km', { km: km.toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) }) } });
    }
    const ring = parseRing(search);
    const site = selection && selection.kind === 'site' ? index.sites.get(selection.id) : undefined;
    if (ring !== null && site) features.push({ ...ringPolygon(site.coordinates, ring), properties: { kind: 'ring' } });
    (map.getSource('atlas-measure') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }, [map, index, selection, search, t, locale]);

  useEffect(() => {
    if (!picking) return;
    map.getCanvas().style.cursor = 'crosshair';
    const onClick = (e: MapMouseEvent) => {
      const value = formatMeasure({ from: picking, to: { point: [e.lngLat.lng, e.lngLat.lat] } });
      replaceQuery(withParam(search, MEASURE_KEY, value));
      setMeasurePicking(null);
    };
    map.once('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
    };
  }, [map, picking, search, replaceQuery]);

  return null;
}
