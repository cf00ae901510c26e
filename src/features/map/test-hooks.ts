import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Hooks for the browser suite and the benchmark, and only for them: they exist in the test build (`npm run
 * build:test`, which sets __ATLAS_TEST_HOOKS__) and are compiled out of the production build (tests/e2e/
 * production.test.ts checks the shipped bundle has none). They say where things are and let a test drive the
 * drag; what is drawn is checked through the pixels, not through these.
 */
export interface AtlasTestHooks {
  /** Where an event's dot is drawn, in CSS pixels of the map canvas (null for an unknown id or no place). */
  eventPoint: (id: string) => { x: number; y: number } | null;
  eventCount: number;
  /** The circles drawn when many events are grouped (zoomed out): counts, and centres in CSS pixels of the map canvas. */
  drawnCells: () => { count: number; x: number; y: number }[];
  /** Turns grouping into circles on or off (for the benchmark). */
  setGrouping: (on: boolean) => void;
  scrubTo: (date: number, from: number | null) => void;
  endScrub: () => void;
}

declare global {
  interface Window {
    /** The live map (test build only). */
    __atlasMap?: MapLibreMap;
    /** See AtlasTestHooks (test build only). */
    __atlas?: AtlasTestHooks;
  }
}

export function exposeMap(map: MapLibreMap | null): void {
  if (!__ATLAS_TEST_HOOKS__) return;
  if (map) window.__atlasMap = map;
  else delete window.__atlasMap;
}

export function exposeHooks(hooks: AtlasTestHooks | null): void {
  if (!__ATLAS_TEST_HOOKS__) return;
  if (hooks) window.__atlas = hooks;
  else delete window.__atlas;
}
