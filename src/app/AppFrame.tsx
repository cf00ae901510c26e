import { MapView } from '../features/map/MapView';
import { MapStatusNotice } from './MapStatusNotice';

/** The page frame: header, map and (later) timeline and panel. Composition only. */
export function AppFrame() {
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="/">
          Analysis Atlas
        </a>
        <span className="tagline">Russia&rsquo;s military footprint in Syria, from the analyses</span>
      </header>
      <main className="app-main">
        <div className="map-wrap">
          <MapView />
          <MapStatusNotice />
        </div>
      </main>
    </div>
  );
}
