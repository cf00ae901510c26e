import type { FeatureCollection, Polygon } from 'geojson';
import type { EventRows } from './event-rows';
import type { MapBundle, MapEvent } from './texts';

/** Where an event happened: its site, the centre of its area's outer ring, or its own coordinates. */
export function eventPosition(event: Pick<MapEvent, 'place'>, content: Pick<MapBundle, 'sites' | 'areas'>): [number, number] | null {
  const place = event.place;
  if ('coordinates' in place) return place.coordinates;
  if ('site' in place) return content.sites.find((s) => s.id === place.site)?.coordinates ?? null;
  const ring = content.areas.find((a) => a.id === place.area)?.polygon[0];
  if (!ring || ring.length < 2) return null;
  const pts = ring.slice(0, -1);
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}

/** The same for a row of the event table: a point's coordinates are read from the columns, no event made. */
export function rowPosition(rows: EventRows, row: number, content: Pick<MapBundle, 'sites' | 'areas'>): [number, number] | null {
  const lon = rows.lon[row] ?? NaN;
  return Number.isNaN(lon) ? eventPosition({ place: rows.place(row) }, content) : [lon, rows.lat[row] ?? NaN];
}

export function areasGeoJSON(content: Pick<MapBundle, 'areas'>): FeatureCollection<Polygon, { id: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: content.areas.map((a) => ({
      type: 'Feature',
      id: a.id,
      geometry: { type: 'Polygon', coordinates: a.polygon.map((ring) => ring.map((p) => [...p])) },
      properties: { id: a.id, name: a.names.en },
    })),
  };
}
