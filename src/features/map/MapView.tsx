import { useEffect, useRef } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASEMAP_SOURCES, HOME_BOUNDS, basemapStyle } from './basemap-style';
import { HomeControl } from './home-control';
import { setMapStatus } from '../../state/ui-store';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The live map, for the browser test suite and the benchmark. */
    __atlasMap?: MapLibreMap;
  }
}

const basemapSources: readonly string[] = BASEMAP_SOURCES;

/**
 * The map, created once and removed on unmount. Everything the app draws on it is added here or by
 * children of the map feature; no other part of the app imports maplibre-gl.
 */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    setMapStatus({ kind: 'loading' });
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: element,
        style: basemapStyle(document.baseURI),
        bounds: HOME_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        minZoom: 1.5,
        maxZoom: 12,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
    } catch (error) {
      setMapStatus({ kind: 'error', reason: 'no-webgl', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new HomeControl(() => map.fitBounds(HOME_BOUNDS, { padding: 16 })), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');

    map.on('error', (event) => {
      const sourceId = (event as { sourceId?: string }).sourceId;
      if (sourceId && basemapSources.includes(sourceId)) {
        setMapStatus({ kind: 'error', reason: 'basemap', detail: `map data "${sourceId}" could not be loaded` });
      } else {
        console.warn('Map:', event.error);
      }
    });
    map.once('idle', () => {
      performance.mark('atlas:first-idle');
      element.dataset.mapState = 'ready';
      setMapStatus({ kind: 'ready' });
    });
    window.__atlasMap = map;

    return () => {
      delete window.__atlasMap;
      map.remove();
    };
  }, []);

  return <div ref={container} className="map" data-testid="map" />;
}
