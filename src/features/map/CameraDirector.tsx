import { useEffect, useRef } from 'react';
import { LngLatBounds } from 'maplibre-gl';
import { useAtlasView } from '../../state/atlas-view';
import { selectionKey } from '../../state/paths';
import { useUiStore } from '../../state/ui-store';
import { cameraTargetFor } from './camera-target';
import { useMap } from './map-context';
import { OPENED_WITH_VIEWPORT } from './MapView';
import { prefersReducedMotion } from './reduced-motion';

/**
 * The one place where the app moves the camera. A shared link with a viewport (`#map=`) opens exactly there; without
 * one, the selection is framed (or the analyses the view is limited to, or the atlas's home view). Later selections
 * move the map only when the target is out of view, so the app never fights the reader.
 */
export function CameraDirector() {
  const map = useMap();
  const { selection, index, scope } = useAtlasView();
  const targetKey = `${selectionKey(selection)}|${scope.join(',')}`;
  const target = cameraTargetFor(selection, index, scope);
  const first = useRef(true);

  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    // The home view is framed when the page opens on it; coming back to it later leaves the map where the reader is.
    const home = selection === null && scope.length === 0;
    if (!target || (isFirst && OPENED_WITH_VIEWPORT) || (home && !isFirst)) return;
    const animate = !isFirst && !prefersReducedMotion();
    if (target.kind === 'point') {
      if (!isFirst && insideView(map.getBounds(), target.center)) return;
      const zoom = Math.max(map.getZoom(), target.zoom);
      if (animate) map.flyTo({ center: target.center, zoom, duration: 1200 });
      else map.jumpTo({ center: target.center, zoom });
    } else {
      const [w, s, e, n] = target.bounds;
      const b = map.getBounds();
      if (!isFirst && insideView(b, [w, s]) && insideView(b, [e, n])) return;
      map.fitBounds(new LngLatBounds([w, s], [e, n]), { padding: home ? 16 : 60, maxZoom: 8, animate });
    }
    // targetKey names the selection; the target object is derived from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, targetKey]);

  // Places found by search are not selections: the request goes through the UI store, once.
  const request = useUiStore((s) => s.cameraRequest);
  useEffect(() => {
    if (!request) return;
    if (prefersReducedMotion()) map.jumpTo(request);
    else map.flyTo({ ...request, duration: 1200 });
    useUiStore.setState({ cameraRequest: null });
  }, [map, request]);

  return null;
}

function insideView(bounds: LngLatBounds, [lon, lat]: [number, number]): boolean {
  const w = bounds.getWest();
  const e = bounds.getEast();
  const s = bounds.getSouth();
  const n = bounds.getNorth();
  const padX = (e - w) * 0.06;
  const padY = (n - s) * 0.06;
  return lon > w + padX && lon < e - padX && lat > s + padY && lat < n - padY;
}
