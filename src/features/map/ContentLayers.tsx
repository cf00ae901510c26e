import { useEffect, useMemo, useRef } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import type { ContentIndex } from '../../content/content-index';
import { sitesOn } from '../../content/visible';
import { setHover, setOffMap, setScrub, useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { useViewActions } from '../../state/use-view';
import { LAYERS, SITE_HIT_LAYERS, addContentLayers, removeContentLayers, showMarks, showSites, sitesState } from './content-layers';
import { EventCellsLayer } from './event-cells-layer';
import { GRID_BELOW_ZOOM } from './event-grid';
import { eventPositions } from './event-positions';
import { EventsLayer } from './events-layer';
import { useMap } from './map-context';
import { prefersReducedMotion } from './MapView';

interface Props {
  index: ContentIndex;
  mask: Uint8Array | null;
  date: number;
  from: number | null;
  selectedId: string | null;
}

declare global {
  interface Window {
    /** Hooks for the browser suite and the benchmark: what the events layer draws, and the scrub setter. */
    __atlas?: {
      drawnEventIds: () => string[];
      /** Where an event's dot is drawn, in CSS pixels of the map canvas. */
      eventPoint: (id: string) => { x: number; y: number } | null;
      eventCount: number;
      /** The circles drawn when many events are grouped (zoomed out): counts, and centres in CSS pixels of the map canvas. */
      drawnCells: () => { count: number; x: number; y: number }[];
      /** Turns grouping into circles on or off (for the benchmark). */
      setGrouping: (on: boolean) => void;
      scrubTo: (date: number, from: number | null) => void;
      endScrub: () => void;
    };
  }
}

/**
 * Draws the content on the map and turns clicks on markers into selections (route changes). The time comes from
 * the URL, or from the timeline while the reader drags it (`scrub` in the UI store): that path touches only the
 * events layer's uniform and, when a status changes, the six sites.
 */
export function ContentLayers({ index, mask, date, from, selectedId }: Props) {
  const map = useMap();
  const { select } = useViewActions();
  const selectRef = useRef(select);
  const { t, plural } = useI18n();
  const cellLabel = useRef((count: number) => String(count));
  useEffect(() => {
    selectRef.current = select;
    cellLabel.current = (count) => t('map.cluster', { events: plural('timeline.events', count) });
  }, [select, t, plural]);
  const highlight = useUiStore((s) => s.highlight);
  const positions = useMemo(() => eventPositions(index), [index]);
  // Events as dots, or (many of them, zoomed out) as grouped circles: one of the two layers draws at any zoom.
  const { layer, cells } = useMemo(() => {
    const dots: EventsLayer = new EventsLayer(LAYERS.events, index.table, positions, () => grouped.active());
    const grouped = new EventCellsLayer(LAYERS.eventCells, index.table, dots.merc);
    return { layer: dots, cells: grouped };
  }, [index, positions]);
  const shownSites = useRef<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    addContentLayers(map, index);
    map.addLayer(layer, LAYERS.highlightSites);
    map.addLayer(cells, LAYERS.highlightSites);
    shownSites.current = new Map();
    window.__atlas = {
      drawnEventIds: () => layer.drawnIndices().map((i) => index.table.events[i]?.id ?? ''),
      eventPoint: (id) => {
        const i = index.table.rowOf.get(id);
        if (i === undefined) return null;
        const p = map.project([positions.lonLat[2 * i] ?? 0, positions.lonLat[2 * i + 1] ?? 0]);
        return { x: p.x + (positions.offset[2 * i] ?? 0), y: p.y + (positions.offset[2 * i + 1] ?? 0) };
      },
      eventCount: index.table.events.length,
      drawnCells: () => cells.drawnCells().map(({ count, x, y }) => ({ count, x, y })),
      setGrouping: (on) => {
        cells.grouping = on;
        map.triggerRepaint();
      },
      scrubTo: (d, f) => setScrub({ date: d, from: f }),
      endScrub: () => setScrub(null),
    };

    const targetAt = (e: MapMouseEvent) => {
      const site = map.queryRenderedFeatures(e.point, { layers: SITE_HIT_LAYERS }).find((f) => f.state.status !== undefined && f.state.status !== 'hidden');
      const siteId = site?.properties.id as string | undefined;
      if (siteId) return { kind: 'site' as const, id: siteId, label: index.sites.get(siteId)?.names.en ?? siteId };
      if (cells.active()) {
        const cell = cells.pick(e.point);
        return cell ? { kind: 'cluster' as const, id: '', label: cellLabel.current(cell.count), lngLat: cell.lngLat } : null;
      }
      const i = layer.pick(e.point);
      const event = i === null ? undefined : index.table.events[i];
      return event ? { kind: 'event' as const, id: event.id, label: event.title } : null;
    };
    const onMove = (e: MapMouseEvent) => {
      const target = targetAt(e);
      map.getCanvas().style.cursor = target ? 'pointer' : '';
      setHover(target ? { kind: target.kind, id: target.id, label: target.label, x: e.point.x, y: e.point.y } : null);
    };
    const onLeave = () => setHover(null);
    const onClick = (e: MapMouseEvent) => {
      if (useUiStore.getState().measurePicking) return; // the click picks a point to measure to
      const target = targetAt(e);
      if (target?.kind === 'cluster') {
        // A circle of many events: zoom in towards it, until the events are drawn one by one.
        map.easeTo({ center: target.lngLat, zoom: Math.min(GRID_BELOW_ZOOM, map.getZoom() + 2), animate: !prefersReducedMotion() });
      } else if (target) selectRef.current({ kind: target.kind, id: target.id });
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
      delete window.__atlas;
      if (map.getLayer(LAYERS.events)) map.removeLayer(LAYERS.events);
      if (map.getLayer(LAYERS.eventCells)) map.removeLayer(LAYERS.eventCells);
      removeContentLayers(map);
    };
  }, [map, index, layer, cells, positions]);

  // Time: from the URL, or from the store while scrubbing, without re-rendering React on each step.
  useEffect(() => {
    const apply = (t: { date: number; from: number | null }) => {
      cells.setTime(t.date, t.from);
      layer.setTime(t.date, t.from);
      const state = sitesState(index.content.sites, sitesOn(index.content.sites, t.date));
      showSites(map, state, shownSites.current);
      shownSites.current = state;
    };
    apply(useUiStore.getState().scrub ?? { date, from });
    const unsubscribe = useUiStore.subscribe((s, prev) => {
      if (s.scrub !== prev.scrub) apply(s.scrub ?? { date, from });
    });
    // What is drawn but out of view (the Kremlin, from the home view), so the page can point to it.
    const updateOffMap = () => {
      const bounds = map.getBounds();
      setOffMap(
        sitesOn(index.content.sites, date)
          .filter(({ site }) => !bounds.contains(site.coordinates))
          .map(({ site }) => ({ kind: 'site' as const, id: site.id, label: site.names.en })),
      );
    };
    updateOffMap();
    map.on('moveend', updateOffMap);
    return () => {
      unsubscribe();
      map.off('moveend', updateOffMap);
    };
  }, [map, index, layer, cells, date, from]);

  useEffect(() => showMarks(map, index, positions, selectedId, highlight), [map, index, positions, selectedId, highlight]);
  useEffect(() => {
    cells.setMask(mask);
    layer.setMask(mask);
  }, [layer, cells, mask]);

  return null;
}
