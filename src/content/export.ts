import type { Feature, FeatureCollection, Point } from 'geojson';
import { eventPosition } from './geojson';
import type { MapBundle } from './texts';
import type { Shown } from './shown';

/** What is shown (sites as they stood, events in the range and filters) as GeoJSON, with actors, sources and passages. */
export function shownGeoJSON(shown: Pick<Shown, 'sites' | 'events'>, content: Pick<MapBundle, 'sites' | 'areas'>): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { site, status } of shown.sites) {
    features.push({
      type: 'Feature',
      id: site.id,
      geometry: { type: 'Point', coordinates: [...site.coordinates] },
      properties: {
        type: 'site',
        id: site.id,
        name: site.names.en,
        name_ar: site.names.ar ?? null,
        name_ru: site.names.ru ?? null,
        kind: site.kind,
        status: status?.period.status ?? null,
        status_from: status?.period.from ?? null,
        location_precision: site.location.precision,
        actors: status?.period.actors ?? [],
        sources: status?.period.sources ?? [],
        passages: site.passages,
      },
    });
  }
  for (const e of shown.events()) {
    const at = eventPosition(e, content);
    if (!at) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: at },
      properties: {
        type: 'event',
        id: e.id,
        title: e.title,
        kind: e.kind,
        date: typeof e.date === 'string' ? e.date : `${e.date.from}/${e.date.to}`,
        actors: e.actors,
        sources: e.sources,
        passages: e.passages,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function csvCell(v: unknown): string {
  const s = Array.isArray(v) ? v.join(' ') : v === null || v === undefined ? '' : String(v);
  // Quote every cell, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The same features as CSV, one row each. */
export function shownCSV(fc: FeatureCollection<Point>): string {
  const head = ['type', 'id', 'name_or_title', 'kind', 'date_or_status', 'longitude', 'latitude', 'actors', 'sources', 'passages'];
  const rows = fc.features.map((f) => {
    const p = f.properties ?? {};
    return [p.type, p.id, p.name ?? p.title, p.kind, p.date ?? p.status, f.geometry.coordinates[0], f.geometry.coordinates[1], p.actors, p.sources, p.passages].map(csvCell).join(',');
  });
  return `${[head.join(','), ...rows].join('\r\n')}\r\n`;
}
