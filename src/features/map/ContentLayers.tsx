import { useEffect, useMemo, useRef, useState } from 'react';
import { sameTime, type TimeQuery } from '../../content/time-rule';
import type { MapMouseEvent } from 'maplibre-gl';
import { nameIn } from '../../content/names';
import { followShown, useAtlasView } from '../../state/atlas-view';
import { setHover, setOffMap, setScrub, useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { useViewActions } from '../../state/view-actions';
import { LAYERS, SITE_HIT_LAYERS, addContentLayers, dimSites, removeContentLayers, showAreas, showChanged, showMarks, showSites, sitesState } from './content-layers';
import type { EventCellsLayer } from './event-cells-layer';
import { GRID_ABOVE_EVENTS, GRID_BELOW_ZOOM } from './grouping';
import { eventPositions } from './event-positions';
import { EventsLayer } from './events-layer';
import { useMap } from './map-context';
import { prefersReducedMotion } from './reduced-motion';
import { exposeHooks } from './test-hooks';

/**
 * Draws the content on the map and turns clicks on markers into selections (route changes). What is drawn is the
 * view model's answer (state/atlas-view.ts) for the effective time: the URL's, or the one the reader is dragging,
 * followed without re-rendering React (a step touches the events layers' time and, when a status changes, the
 * few sites).
 */
export function ContentLayers() {
  const map = useMap();
  const view = useAtlasView();
  const { index, filter, selection } = view;
  const { select } = useViewActions();
  const selectRef = useRef(select);
  const { t, plural, lang } = useI18n();
  const labels = useRef({ cell: (count: number) => String(count), lang });
  useEffect(() => {
    selectRef.current = select;
    labels.current = { cell: (count) => t('map.cluster', { events: plural('timeline.events', count) }), lang };
  }, [select, t, plural, lang]);
  const highlight = useUiStore((s) => s.highlight);
  const positions = useMemo(() => eventPositions(index), [index]);
  // Events as dots, or (many of them, zoomed out) as grouped circles: one of the two layers draws at any zoom.
  // The circles' layer (and its grid) is fetched only for content with enough events to group: not with the first view.
  const cellsRef = useRef<EventCellsLayer | null>(null);
  const layer = useMemo(() => new EventsLayer(LAYERS.events, index.table, positions), [index, positions]);
  const [cells, setCells] = useState<EventCellsLayer | null>(null);
  useEffect(() => {
    if (index.table.events.length <= GRID_ABOVE_EVENTS) return;
    let live = true;
    void import('./event-cells-layer').then(({ EventCellsLayer }) => {
      if (live) setCells(new EventCellsLayer(LAYERS.eventCells, index.table, layer.merc));
    });
    return () => {
      live = false;
      setCells(null);
    };
  }, [index, layer]);
  useEffect(() => {
    if (!cells) return;
    cellsRef.current = cells;
    map.addLayer(cells, LAYERS.highlightSites);
    layer.groupWith(() => cells.active());
    return () => {
      layer.groupWith(null);
      cellsRef.current = null;
      if (map.getLayer(LAYERS.eventCells)) map.removeLayer(LAYERS.eventCells);
    };
  }, [map, cells, layer]);
  const shownSites = useRef<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    addContentLayers(map, index);
    map.addLayer(layer, LAYERS.highlightSites);
    shownSites.current = new Map();
    exposeHooks({
      eventPoint: (id) => {
        const i = index.table.rowOf.get(id);
        const lon = i === undefined ? undefined : positions.lonLat[2 * i];
        const lat = i === undefined ? undefined : positions.lonLat[2 * i + 1];
        if (i === undefined || lon === undefined || lat === undefined || Number.isNaN(lon)) return null;
        const p = map.project([lon, lat]);
        return { x: p.x + (positions.offset[2 * i] ?? 0), y: p.y + (positions.offset[2 * i + 1] ?? 0) };
      },
      eventCount: index.table.events.length,
      drawnCells: () => (cellsRef.current?.drawnCells() ?? []).map(({ count, x, y }) => ({ count, x, y })),
      setGrouping: (on) => {
        if (cellsRef.current) cellsRef.current.grouping = on;
        map.triggerRepaint();
      },
      scrubTo: (d, f) => setScrub({ date: d, from: f }),
      endScrub: () => setScrub(null),
    });

    const targetAt = (e: MapMouseEvent) => {
      const site = map.queryRenderedFeatures(e.point, { layers: SITE_HIT_LAYERS }).find((f) => f.state.status !== undefined && f.state.status !== 'hidden');
      const siteId = site?.properties.id as string | undefined;
      const s = siteId ? index.sites.get(siteId) : undefined;
      if (siteId) return { kind: 'site' as const, id: siteId, label: s ? nameIn(s.names, labels.current.lang) : siteId };
      const cells = cellsRef.current;
      if (cells?.active()) {
        const cell = cells.pick(e.point);
        return cell ? { kind: 'cluster' as const, id: '', label: labels.current.cell(cell.count), lngLat: cell.lngLat } : null;
      }
      const i = layer.pick(e.point);
      const event = i === null ? undefined : index.table.events.at(i);
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
      exposeHooks(null);
      if (map.getLayer(LAYERS.events)) map.removeLayer(LAYERS.events);
      if (map.getLayer(LAYERS.eventCells)) map.removeLayer(LAYERS.eventCells);
      removeContentLayers(map);
    };
  }, [map, index, layer, positions]);

  // What is shown: the view model's answer for the effective time, followed through a drag without re-rendering.
  useEffect(() => {
    layer.setFilter(filter?.keep ?? null);
    cells?.setFilter(filter?.keep ?? null);
    let sites = view.shown.sites;
    let areas: string | null = null;
    let changed: string | null = null;
    let latest: TimeQuery | null = null;
    let live = true;
    const stop = followShown(view, (shown) => {
      layer.show(shown);
      cells?.setTime(shown.time);
      const state = sitesState(index.content.sites, shown);
      showSites(map, state, shownSites.current);
      shownSites.current = state;
      sites = shown.sites;
      const areaIds = shown.areas.map((a) => a.id);
      if (areaIds.join() !== areas) showAreas(map, areaIds);
      areas = areaIds.join();
      // Between two dates, the sites that changed wear a ring (content/changes.ts, fetched when first needed).
      const { from, date } = shown.time;
      const ring = (ids: string[]) => {
        if (ids.join() !== changed) showChanged(map, ids);
        changed = ids.join();
      };
      if (from === null) ring([]);
      else
        void import('../../content/changes').then(({ siteChanges }) => {
          // Only if the time is still the one asked about (a drag may have moved on).
          if (live && latest !== null && sameTime(latest, shown.time)) ring(siteChanges(view.sites, from, date).map((c) => c.site.id));
        });
      latest = shown.time;
    });
    // What is drawn but out of view (the Kremlin, from the home view), so the page can point to it.
    const updateOffMap = () => {
      const bounds = map.getBounds();
      setOffMap(sites.filter(({ site }) => !bounds.contains(site.coordinates)).map(({ site }) => ({ kind: 'site' as const, id: site.id })));
    };
    updateOffMap();
    map.on('moveend', updateOffMap);
    return () => {
      live = false;
      stop();
      map.off('moveend', updateOffMap);
    };
  }, [map, view, index, layer, cells, filter]);

  const selectedId = selection && selection.kind !== 'analysis' ? selection.id : null;
  useEffect(() => showMarks(map, index, positions, selectedId, highlight), [map, index, positions, selectedId, highlight]);
  // Reading a passage: what it discusses is ringed (above), the rest recedes.
  const reading = selection?.kind === 'analysis' && selection.passage !== undefined && highlight.length > 0;
  useEffect(() => {
    layer.setDimmed(reading);
    dimSites(map, index.content.sites, reading ? highlight : null);
  }, [map, index, layer, reading, highlight]);
  return null;
}
