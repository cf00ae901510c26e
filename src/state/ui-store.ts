import { create } from 'zustand';

/** Short-lived UI state only. Shareable view state lives in the URL (see url-state.ts). */
export type MapStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'error'; reason: 'no-webgl' | 'basemap'; detail: string };

export interface HoverTarget {
  /** A cluster is one circle of many events (zoomed out over dense content); it has no id. */
  kind: 'site' | 'event' | 'cluster';
  id: string;
  label: string;
  x: number;
  y: number;
}

interface UiState {
  mapStatus: MapStatus;
  hover: HoverTarget | null;
  /** Ids of sites and events to highlight on the map (the passage a reader is on). */
  highlight: readonly string[];
  playing: boolean;
  /**
   * The time while the reader drags the timeline: the map and the timeline follow it every frame, and the URL (the
   * time's real home) is written once, on release. Null when not dragging.
   */
  scrub: { date: number; from: number | null } | null;
  /** A place (not a selection) the reader asked to see, e.g. a basemap city found by search. */
  cameraRequest: { center: [number, number]; zoom: number } | null;
  /** The site a distance is being measured from while the reader picks a point on the map. */
  measurePicking: string | null;
  /** Items that are drawn but lie outside the current viewport (e.g. the Kremlin from the home view). */
  offMap: readonly { kind: 'site'; id: string }[];
  /** Read-along: the passage being read moves the map and the timeline (on unless the reader turns it off). */
  readAlong: boolean;
}

export const useUiStore = create<UiState>(() => ({
  mapStatus: { kind: 'loading' },
  hover: null,
  highlight: [],
  playing: false,
  scrub: null,
  measurePicking: null,
  cameraRequest: null,
  offMap: [],
  readAlong: true,
}));

export function setMapStatus(mapStatus: MapStatus): void {
  useUiStore.setState({ mapStatus });
}

export function setHover(hover: HoverTarget | null): void {
  useUiStore.setState({ hover });
}

export function setHighlight(highlight: readonly string[]): void {
  useUiStore.setState({ highlight });
}

export function setPlaying(playing: boolean): void {
  useUiStore.setState({ playing });
}

export function setOffMap(offMap: UiState['offMap']): void {
  useUiStore.setState({ offMap });
}

export function setReadAlong(readAlong: boolean): void {
  useUiStore.setState({ readAlong });
}

export function setScrub(scrub: UiState['scrub']): void {
  useUiStore.setState({ scrub });
}

export function setMeasurePicking(siteId: string | null): void {
  useUiStore.setState({ measurePicking: siteId });
}

export function requestCamera(center: [number, number], zoom: number): void {
  useUiStore.setState({ cameraRequest: { center, zoom } });
}
