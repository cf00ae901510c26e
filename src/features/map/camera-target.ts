import type { ContentIndex } from '../../content/content-index';
import { inAnalyses, passageRef } from '../../content/content-index';
import { eventPosition, rowPosition } from '../../content/geojson';
import type { Selection } from '../../state/paths';

export type CameraTarget =
  | { kind: 'point'; center: [number, number]; zoom: number }
  | { kind: 'bounds'; bounds: [number, number, number, number] };

const SITE_ZOOM = 9;
const EVENT_ZOOM = 8;
/**
 * A place far outside the atlas's home view (the Kremlin, for an atlas of Syria) opens at a zoom that shows where it
 * is (its country and neighbours): the basemap there has no detail to see closer up.
 */
const FAR_ZOOM = 5;

/** Whether a place lies outside the home view grown by half its size on every side. */
function farFromHome(index: ContentIndex, [lon, lat]: readonly [number, number]): boolean {
  const [w, s, e, n] = index.content.atlas.home.bounds;
  const dx = (e - w) / 2;
  const dy = (n - s) / 2;
  return lon < w - dx || lon > e + dx || lat < s - dy || lat > n + dy;
}

/** The box around some points; one point (or points close together) is a point to zoom to. */
function frame(points: readonly (readonly [number, number])[], bounds?: readonly number[]): CameraTarget | null {
  if (bounds && bounds.length === 4) return { kind: 'bounds', bounds: [bounds[0] ?? 0, bounds[1] ?? 0, bounds[2] ?? 0, bounds[3] ?? 0] };
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  if (box[2] - box[0] < 0.5 && box[3] - box[1] < 0.5) return { kind: 'point', center: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2], zoom: SITE_ZOOM - 1 };
  return { kind: 'bounds', bounds: box };
}

/** The places the analyses discuss: their sites and where their events happened. */
function placesOf(index: ContentIndex, analyses: readonly string[]): [number, number][] {
  return [
    ...index.content.sites.filter((s) => inAnalyses(s.passages, analyses)).map((s) => [...s.coordinates] as [number, number]),
    ...eventsOf(index, analyses),
  ];
}

function eventsOf(index: ContentIndex, analyses: readonly string[]): [number, number][] {
  const rows = index.table.events;
  const out: [number, number][] = [];
  for (let i = 0; i < rows.length; i++) {
    const p = inAnalyses(rows.passages(i), analyses) ? rowPosition(rows, i, index.content) : null;
    if (p) out.push(p);
  }
  return out;
}

/**
 * Where the camera should go to show a selection, or, with none, the analyses the view is limited to (`scope`):
 * a site or event's place; a passage's sites and events; an analysis's own view if its content gives one, else
 * everything it discusses; the atlas's home view when nothing is selected or scoped.
 */
export function cameraTargetFor(selection: Selection | null, index: ContentIndex, scope: readonly string[]): CameraTarget | null {
  if (selection?.kind === 'site') {
    const site = index.sites.get(selection.id);
    return site ? { kind: 'point', center: [...site.coordinates], zoom: farFromHome(index, site.coordinates) ? FAR_ZOOM : SITE_ZOOM } : null;
  }
  if (selection?.kind === 'event') {
    const event = index.events.get(selection.id);
    const at = event ? eventPosition(event, index.content) : null;
    return at ? { kind: 'point', center: at, zoom: farFromHome(index, at) ? FAR_ZOOM : EVENT_ZOOM } : null;
  }
  if (selection?.kind === 'analysis' && selection.passage) {
    // The passage's own view where the analyst gives one; else the places it discusses.
    const own = index.analyses.get(selection.id)?.passages.find((p) => p.anchor === selection.passage)?.view;
    if (own) return frame([], own.bounds);
    const mentions = index.passageMentions.get(passageRef(selection.id, selection.passage));
    if (mentions) {
      return frame([...mentions.sites.map((s) => s.coordinates), ...mentions.events.map((e) => eventPosition(e, index.content)).filter((p): p is [number, number] => p !== null)]);
    }
  }
  const analyses = selection?.kind === 'analysis' ? [selection.id] : scope;
  if (analyses.length === 1) {
    const analysis = index.analyses.get(analyses[0] ?? '');
    if (analysis?.view) return frame([], analysis.view.bounds);
  }
  if (analyses.length > 0) return frame(placesOf(index, analyses));
  return frame([], index.content.atlas.home.bounds);
}
