import { create } from 'zustand';

/** Short-lived UI state only. Shareable view state lives in the URL (see url-state.ts). */
export type MapStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'error'; reason: 'no-webgl' | 'basemap'; detail: string };

interface UiState {
  mapStatus: MapStatus;
}

export const useUiStore = create<UiState>(() => ({
  mapStatus: { kind: 'loading' },
}));

export function setMapStatus(mapStatus: MapStatus): void {
  useUiStore.setState({ mapStatus });
}
