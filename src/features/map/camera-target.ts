import type { ContentIndex } from '../../content/content-index';
import { passageRef } from '../../content/content-index';
import { eventPosition } from '../../content/geojson';
import type { Selection } from '../../state/paths';

export type CameraTarget =
  | { kind: 'point'; center: [number, number]; zoom: number }
  | { kind: 'bounds'; bounds: [number, number, number, number] };

const SITE_ZOOM = 9;
const EVENT_ZOOM = 8;

/** Where the camera should go to show a selection; null when there is nothing to frame. */
export function cameraTargetFor(selection: Selection | null, index: ContentIndex): CameraTarget | null {
  if (!selection) return null;
  if (selection.kind === 'site') {
    const site = index.sites.get(selection.id);
    return site ? { kind: 'point', center: [...site.coordinates], zoom: SITE_ZOOM } : null;
  }
  if (selection.kind === 'event') {
    const event = index.events.get(selection.id);
    const at = event ? eventPosition(event, index.content) : null;
    return at ? { kind: 'point', center: at, zoom: EVENT_ZOOM } : null;
  }
  if (!selection.passage) return null;
  const mentions = index.passageMentions.get(passageRef(selection.id, selection.passage));
  if (!mentions) return null;
  const points = [
    ...mentions.sites.map((s) => s.coordinates),
    ...mentions.events.map((e) => eventPosition(e, index.content)).filter((p): p is [number, number] => p !== null),
  ];
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const bounds: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  if (bounds[2] - bounds[0] < 0.5 && bounds[3] - bounds[1] < 0.5) return { kind: 'point', center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], zoom: SITE_ZOOM - 1 };
  return { kind: 'bounds', bounds };
}
