import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

export function registerMap(map: MapLibreMap | null): void {
  current = map;
}

/** A PNG of the map as it is drawn now: read inside a render, so no preserved drawing buffer is needed. */
export function captureMapPng(): Promise<Blob | null> {
  const map = current;
  if (!map) return Promise.resolve(null);
  return new Promise((resolve) => {
    map.once('render', () => map.getCanvas().toBlob((blob) => resolve(blob), 'image/png'));
    map.triggerRepaint();
  });
}
