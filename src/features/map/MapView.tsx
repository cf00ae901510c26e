import { useEffect, useRef, useState, type ReactNode } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapSourceDataEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASEMAP_SOURCES, DETAIL_MINZOOM, HOME_BOUNDS, OVERVIEW_LAYERS, REGION_BBOX, basemapStyle, detailLayers, worldLayers } from './basemap-style';
import { HomeControl } from './home-control';
import { registerRegionProtocol } from './region-protocol';
import { MapContext } from './map-context';
import { prefersReducedMotion } from './reduced-motion';
import { exposeMap } from './test-hooks';
import { appBaseUrl } from '../../state/app-base';
import { setMapStatus, useUiStore } from '../../state/ui-store';
import { MAP_HASH_KEY, MAP_ZOOM_RANGE, parseMapHash } from '../../state/url-state';

setWorkerUrl(workerUrl);
registerRegionProtocol(appBaseUrl());

const basemapSources: readonly string[] = BASEMAP_SOURCES;

/** Whether the page was opened with a viewport in its URL (read before MapLibre writes its own). */
export const OPENED_WITH_VIEWPORT = parseMapHash(window.location.hash) !== null;

/** What the page outside the map may ask of it (the take-away tools' PNG). */
export interface MapHandle {
  /** A PNG of the map as it is drawn now: read inside a render, so no preserved drawing buffer is needed. */
  capturePng: () => Promise<Blob | null>;
}

function handleOf(map: MapLibreMap): MapHandle {
  return {
    capturePng: () =>
      new Promise((resolve) => {
        map.once('render', () => map.getCanvas().toBlob((blob) => resolve(blob), 'image/png'));
        map.triggerRepaint();
      }),
  };
}

/**
 * The map, created once and removed on unmount. Its children (content layers, camera, hover label) render only
 * once the style has loaded, and get the map from context. The viewport lives in the URL as `#map=ZOOM/LAT/LON`,
 * which MapLibre's hash option reads on load and writes as the reader moves.
 */
interface Props {
  children?: ReactNode;
  label: string;
  resetLabel: string;
  /** The atlas's home view, [west, south, east, north] (the reset button goes there); a guess until the content is in. */
  homeBounds?: readonly [number, number, number, number];
  onHandle?: (handle: MapHandle | null) => void;
}

export function MapView({ children, label, resetLabel, homeBounds = HOME_BOUNDS, onHandle }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // The control is made once; it takes the label in the language the page opened in.
  const resetLabelRef = useRef(resetLabel);
  const onHandleRef = useRef(onHandle);
  const homeRef = useRef(homeBounds);
  useEffect(() => {
    homeRef.current = homeBounds;
  }, [homeBounds]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    setMapStatus({ kind: 'loading' });
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container: element,
        style: basemapStyle(appBaseUrl()),
        bounds: HOME_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        hash: MAP_HASH_KEY,
        minZoom: MAP_ZOOM_RANGE.min,
        // Labels fade in 1 ms, i.e. not visibly: a timeline step stays one frame, not 300 ms of animation. Not 0:
        // with 0 MapLibre re-places every label on every frame; with any fade it re-places them only when the
        // camera or the labels change, which a time step does not (measured: about 0.7 ms of script per step).
        fadeDuration: 1,
        maxZoom: MAP_ZOOM_RANGE.max,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
    } catch (error) {
      setMapStatus({ kind: 'error', reason: 'no-webgl', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new HomeControl(() => instance.fitBounds([...homeRef.current], { padding: 16, animate: !prefersReducedMotion() }), resetLabelRef.current), 'top-right');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.addControl(new AttributionControl({ compact: false }), 'bottom-right');

    instance.on('error', (event) => {
      const sourceId = (event as { sourceId?: string }).sourceId;
      if (sourceId && basemapSources.includes(sourceId)) {
        setMapStatus({ kind: 'error', reason: 'basemap', detail: `map data "${sourceId}" could not be loaded` });
      } else {
        console.warn('Map:', event.error);
      }
    });
    // The coarse world layer is fetched the first time the view reaches beyond the fine region.
    const addWorldWhenNeeded = () => {
      if (instance.getSource('world')) return;
      const b = instance.getBounds();
      const [w, s, e, n] = REGION_BBOX;
      if (b.getWest() >= w && b.getEast() <= e && b.getSouth() >= s && b.getNorth() <= n) return;
      const world = worldLayers(appBaseUrl());
      instance.addSource('world', world.source);
      for (const layer of world.layers) instance.addLayer(layer, 'land');
      instance.getSource<GeoJSONSource>('places')?.setData(world.places);
      instance.off('moveend', addWorldWhenNeeded);
    };
    // The region's full detail is fetched when the reader first zooms in (half a level early, so it is there in
    // time); once loaded, the overview stops drawing underneath it.
    const addDetailWhenNeeded = () => {
      if (instance.getSource('detail') || instance.getZoom() < DETAIL_MINZOOM - 0.5) return;
      const detail = detailLayers(appBaseUrl());
      instance.addSource('detail', detail.source);
      for (const layer of detail.layers) instance.addLayer(layer, 'country-labels');
      const onData = (e: MapSourceDataEvent) => {
        if (e.sourceId !== 'detail' || !instance.isSourceLoaded('detail')) return;
        for (const id of OVERVIEW_LAYERS) instance.setLayerZoomRange(id, 0, DETAIL_MINZOOM);
        instance.off('sourcedata', onData);
      };
      instance.on('sourcedata', onData);
      instance.off('moveend', addDetailWhenNeeded);
    };
    instance.once('load', () => {
      addWorldWhenNeeded();
      addDetailWhenNeeded();
      instance.on('moveend', addWorldWhenNeeded);
      instance.on('moveend', addDetailWhenNeeded);
      setMap(instance);
    });
    instance.once('idle', () => {
      performance.mark('atlas:first-idle');
      element.dataset.mapState = 'ready';
      // An error reported before the first idle (a basemap file that failed) stays on screen.
      if (useUiStore.getState().mapStatus.kind !== 'error') setMapStatus({ kind: 'ready' });
    });
    exposeMap(instance);
    const onHandle = onHandleRef.current;
    onHandle?.(handleOf(instance));

    return () => {
      exposeMap(null);
      onHandle?.(null);
      setMap(null);
      instance.remove();
    };
  }, []);

  return (
    <div ref={container} className="map" data-testid="map" role="region" aria-label={label}>
      <MapContext.Provider value={map}>{map ? children : null}</MapContext.Provider>
    </div>
  );
}
