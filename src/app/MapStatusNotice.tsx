import { useUiStore } from '../state/ui-store';

/** A clear message over the map when it cannot be drawn, instead of a blank page. */
export function MapStatusNotice() {
  const status = useUiStore((s) => s.mapStatus);
  if (status.kind === 'ready') return null;
  if (status.kind === 'loading') {
    return (
      <div className="map-notice map-notice--loading" role="status">
        Loading the map…
      </div>
    );
  }
  const title = status.reason === 'no-webgl' ? 'This browser cannot draw the map' : 'The map data could not be loaded';
  const advice =
    status.reason === 'no-webgl'
      ? 'The map needs WebGL, which is turned off or unavailable here. The timeline and the lists in the panel still work, and every link opens the same view there.'
      : 'Check your connection and reload the page.';
  return (
    <div className="map-notice map-notice--error" role="alert">
      <h2>{title}</h2>
      <p>{advice}</p>
      <p className="map-notice__detail">Details: {status.detail}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
