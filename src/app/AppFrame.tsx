import { Suspense } from 'react';
import { CameraDirector } from '../features/map/CameraDirector';
import { ContentLayers } from '../features/map/ContentLayers';
import { HoverLabel } from '../features/map/HoverLabel';
import { Legend } from '../features/map/Legend';
import { MapView } from '../features/map/MapView';
import { OffMapHint } from '../features/map/OffMapHint';
import { cameraTargetFor } from '../features/map/camera-target';
import { Timeline } from '../features/timeline/Timeline';
import { useAtlas } from '../state/use-atlas';
import { Header } from './Header';
import { MapStatusNotice } from './MapStatusNotice';
import { Panel } from './Panel';

function MapContent() {
  const atlas = useAtlas();
  if ('failed' in atlas) return null;
  const selection = atlas.selection && atlas.selection.kind !== 'unknown' ? atlas.selection : null;
  const selectedId = selection && selection.kind !== 'analysis' ? selection.id : null;
  const key = selection ? `${selection.kind}:${selection.id}:${selection.kind === 'analysis' ? (selection.passage ?? '') : ''}` : 'home';
  return (
    <>
      <ContentLayers index={atlas.index} date={atlas.time.date} from={atlas.time.from} selectedId={selectedId} />
      <CameraDirector target={cameraTargetFor(selection, atlas.index)} targetKey={key} />
    </>
  );
}

function TimelineArea() {
  const atlas = useAtlas();
  if ('failed' in atlas) return null;
  return <Timeline index={atlas.index} extent={atlas.extent} time={atlas.time} />;
}

/** The page frame: header, map with its timeline, and the panel. Composition only. */
export function AppFrame() {
  return (
    <div className="app">
      <Suspense fallback={<Header />}>
        <Header withContent />
      </Suspense>
      <main className="app-main">
        <div className="map-column">
          <div className="map-wrap">
            <MapView label="Map of Syria and the region">
              <Suspense fallback={null}>
                <MapContent />
              </Suspense>
              <HoverLabel />
            </MapView>
            <MapStatusNotice />
            <Legend />
            <Suspense fallback={null}>
              <OffMapHint />
            </Suspense>
          </div>
          <Suspense fallback={<div className="timeline timeline--loading">Loading the timeline…</div>}>
            <TimelineArea />
          </Suspense>
        </div>
        <aside className="panel" aria-label="Details">
          <Suspense fallback={<p className="panel-body">Loading the content…</p>}>
            <Panel />
          </Suspense>
        </aside>
      </main>
    </div>
  );
}
