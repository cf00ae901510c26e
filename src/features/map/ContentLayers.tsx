import { useEffect, useMemo, useRef } from 'react';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import type { ContentIndex } from '../../content/content-index';
import { visibleAt } from '../../content/visible';
import { setHover, setOffMap, useUiStore } from '../../state/ui-store';
import type { Selection } from '../../state/paths';
import { useViewActions } from '../../state/use-view';
import { INTERACTIVE_LAYERS, LAYERS, addContentLayers, showHighlight, showSelection, showTime } from './content-layers';
import { useMap } from './map-context';

interface Props {
  index: ContentIndex;
  date: number;
  from: number | null;
  selectedId: string | null;
}

/** Draws the content on the map and turns clicks on markers into selections (route changes). */
export function ContentLayers({ index, date, from, selectedId }: Props) {
  const map = useMap();
  const { select } = useViewActions();
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  }, [select]);
  const visible = useMemo(() => visibleAt(index.content, date, from), [index, date, from]);
  const highlight = useUiStore((s) => s.highlight);

  useEffect(() => {
    addContentLayers(map, index);
    const featureAt = (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const id = f?.properties.id as string | undefined;
      if (!f || !id) return null;
      const kind: 'site' | 'event' = f.layer.id === LAYERS.sites ? 'site' : 'event';
      const label = kind === 'site' ? index.sites.get(id)?.names.en : index.events.get(id)?.title;
      return { kind, id, label: label ?? id };
    };
    const onMove = (e: MapLayerMouseEvent) => {
      const target = featureAt(e);
      map.getCanvas().style.cursor = target ? 'pointer' : '';
      setHover(target ? { ...target, x: e.point.x, y: e.point.y } : null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      const target = featureAt(e);
      if (target) selectRef.current({ kind: target.kind, id: target.id } as Selection);
    };
    for (const layer of INTERACTIVE_LAYERS) {
      map.on('mousemove', layer, onMove);
      map.on('mouseleave', layer, onLeave);
      map.on('click', layer, onClick);
    }
    return () => {
      for (const layer of INTERACTIVE_LAYERS) {
        map.off('mousemove', layer, onMove);
        map.off('mouseleave', layer, onLeave);
        map.off('click', layer, onClick);
      }
    };
  }, [map, index]);

  useEffect(() => {
    showTime(map, visible, date, from);
    // What is drawn but out of view (the Kremlin, from the home view), so the page can point to it.
    const update = () => {
      const bounds = map.getBounds();
      const off = visible.sites
        .filter(({ site }) => !bounds.contains(site.coordinates))
        .map(({ site }) => ({ kind: 'site' as const, id: site.id, label: site.names.en }));
      setOffMap(off);
    };
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map, visible, date, from]);

  useEffect(() => showSelection(map, selectedId), [map, selectedId]);
  useEffect(() => showHighlight(map, highlight), [map, highlight]);

  return null;
}
