import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { eventSpan } from './events-in-range';
import type { ArticleEvent, ContentBundle, Site } from './schema';

export interface SiteProperties {
  id: string;
  name: string;
  kind: Site['kind'];
  precision: Site['location']['precision'];
}

export interface EventProperties {
  id: string;
  title: string;
  kind: ArticleEvent['kind'];
  /** First and last UTC day the event may have happened on. */
  start: number;
  end: number;
}

/** Where an event happened: its site, the centre of its area's outer ring, or its own coordinates. */
export function eventPosition(event: ArticleEvent, content: Pick<ContentBundle, 'sites' | 'areas'>): [number, number] | null {
  const place = event.place;
  if ('coordinates' in place) return place.coordinates;
  if ('site' in place) return content.sites.find((s) => s.id === place.site)?.coordinates ?? null;
  const ring = content.areas.find((a) => a.id === place.area)?.polygon[0];
  if (!ring || ring.length < 2) return null;
  const pts = ring.slice(0, -1);
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}

export function sitesGeoJSON(content: Pick<ContentBundle, 'sites'>): FeatureCollection<Point, SiteProperties> {
  return {
    type: 'FeatureCollection',
    features: content.sites.map((s): Feature<Point, SiteProperties> => ({
      type: 'Feature',
      id: s.id,
      geometry: { type: 'Point', coordinates: [...s.coordinates] },
      properties: { id: s.id, name: s.names.en, kind: s.kind, precision: s.location.precision },
    })),
  };
}

export function eventsGeoJSON(content: Pick<ContentBundle, 'events' | 'sites' | 'areas'>): FeatureCollection<Point, EventProperties> {
  const features: Feature<Point, EventProperties>[] = [];
  for (const e of content.events) {
    const position = eventPosition(e, content);
    const span = eventSpan(e);
    if (!position || !span) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: position },
      properties: { id: e.id, title: e.title, kind: e.kind, start: span.start, end: span.end },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function areasGeoJSON(content: Pick<ContentBundle, 'areas'>): FeatureCollection<Polygon, { id: string; name: string }> {
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
