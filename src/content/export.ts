import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { eventPosition } from './geojson';
import type { Names } from './schema';
import type { MapBundle } from './texts';
import type { ChangeSummary, SiteChange } from './changes';
import type { Shown } from './shown';

/** An item's names as export columns: English, Arabic, Russian (null where the content has none). */
const namesOf = (names: Names) => ({ name: names.en, name_ar: names.ar ?? null, name_ru: names.ru ?? null });

/**
 * What is shown (sites as they stood, events in the range and filters, the areas that apply) as GeoJSON, with
 * actors, sources and passages: sites and events as points, areas as their outlines.
 */
export function shownGeoJSON(
  shown: Pick<Shown, 'sites' | 'events' | 'areas'>,
  content: Pick<MapBundle, 'sites' | 'areas'>,
  changes: ChangeSummary | null = null,
): FeatureCollection<Point | Polygon> {
  const features: Feature<Point | Polygon>[] = [];
  const changeOf = new Map((changes?.sites ?? []).map((c) => [c.site.id, c]));
  // A site that ended in the range is not shown at its end, but its change is part of what the range says.
  const ended = (changes?.sites ?? []).filter((c) => c.after === null).map((c) => ({ site: c.site, status: null }));
  for (const { site, status } of [...shown.sites, ...ended]) {
    const change = changeOf.get(site.id);
    features.push({
      type: 'Feature',
      id: site.id,
      geometry: { type: 'Point', coordinates: [...site.coordinates] },
      properties: {
        type: 'site',
        id: site.id,
        ...namesOf(site.names),
        kind: site.kind,
        status: status?.period.status ?? null,
        status_from: status?.period.from ?? null,
        location_precision: site.location.precision,
        actors: status?.period.actors ?? [],
        sources: status?.period.sources ?? [],
        passages: site.passages,
        ...(change ? { change: changeText(change) } : {}),
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
  for (const a of shown.areas) {
    features.push({
      type: 'Feature',
      id: a.id,
      geometry: { type: 'Polygon', coordinates: a.polygon.map((ring) => ring.map((p) => [...p])) },
      properties: {
        type: 'area',
        id: a.id,
        ...namesOf(a.names),
        kind: a.precision,
        date: a.period.to ? `${a.period.from}/${a.period.to}` : `${a.period.from}/..`,
        sources: a.sources,
        passages: a.passages,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A site's change in the range, in the files: `disputed → annulled (2025-01-20)`, `begins: …`, `ends: …`. */
export function changeText(c: Pick<SiteChange, 'kind' | 'before' | 'after' | 'when'>): string {
  const what = c.kind === 'changed' ? `${c.before?.status ?? ''} → ${c.after?.status ?? ''}` : c.kind === 'began' ? `begins: ${c.after?.status ?? ''}` : `ends: ${c.before?.status ?? ''}`;
  return `${what} (${c.when})`;
}

/** Where a row of the CSV is: a point's position; an area's, the mean of its outline's corners. */
function rowPosition(geometry: Point | Polygon): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  const ring = (geometry.coordinates[0] ?? []).slice(0, -1);
  const mean = (i: number) => ring.reduce((sum, p) => sum + (p[i] ?? 0), 0) / Math.max(1, ring.length);
  return [Math.round(mean(0) * 1e4) / 1e4, Math.round(mean(1) * 1e4) / 1e4];
}

function csvCell(v: unknown): string {
  const s = Array.isArray(v) ? v.join(' ') : v === null || v === undefined ? '' : String(v);
  // Quote every cell, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The same features as CSV, one row each (an area at the middle of its outline). */
export function shownCSV(fc: FeatureCollection<Point | Polygon>): string {
  const head = ['type', 'id', 'name_or_title', 'kind', 'date_or_status', 'longitude', 'latitude', 'actors', 'sources', 'passages', 'change'];
  const rows = fc.features.map((f) => {
    const p = f.properties ?? {};
    const [lon, lat] = rowPosition(f.geometry);
    return [p.type, p.id, p.name ?? p.title, p.kind, p.date ?? p.status, lon, lat, p.actors, p.sources, p.passages, p.change].map(csvCell).join(',');
  });
  return `${[head.join(','), ...rows].join('\r\n')}\r\n`;
}
