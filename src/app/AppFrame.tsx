import { Suspense, use, useEffect } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../state/use-i18n';
import { MapLanguage } from '../features/map/MapLanguage';
import { CameraDirector } from '../features/map/CameraDirector';
import { ContentLayers } from '../features/map/ContentLayers';
import { HoverLabel } from '../features/map/HoverLabel';
import { Legend } from '../features/map/Legend';
import { MapView } from '../features/map/MapView';
import { OffMapHint } from '../features/map/OffMapHint';
import { cameraTargetFor } from '../features/map/camera-target';
import { Timeline } from '../features/timeline/Timeline';
import { TimelineSkeleton } from '../features/timeline/TimelineSkeleton';
import { useAtlas } from '../state/use-atlas';
import { useUiStore } from '../state/ui-store';
import { parseMeasure, parseRing } from '../state/url-state';
import { loadLater } from './load-later';
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
      <ContentLayers index={atlas.index} mask={atlas.mask} date={atlas.time.date} from={atlas.time.from} selectedId={selectedId} />
      <CameraDirector target={cameraTargetFor(selection, atlas.index)} targetKey={key} />
    </>
  );
}

/** The distance line and range ring: loaded and drawn only when the link has one or a point is being picked. */
function MeasureArea() {
  const { search } = useLocation();
  const picking = useUiStore((s) => s.measurePicking !== null);
  const needed = picking || parseMeasure(search) !== null || parseRing(search) !== null;
  return needed ? <LaterMeasureLayer /> : null;
}
function LaterMeasureLayer() {
  const { MeasureLayer } = use(loadLater());
  return <MeasureLayer />;
}

function TimelineArea() {
  const atlas = useAtlas();
  if ('failed' in atlas) return null;
  return <Timeline index={atlas.index} mask={atlas.mask} extent={atlas.extent} time={atlas.time} />;
}

/** Sets the document's language and direction from `?lang=`. */
function useDocumentLanguage() {
  const { lang, dir } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
}

/** The page frame: header, map with its timeline, and the panel. Composition only. */
export function AppFrame() {
  useDocumentLanguage();
  const { t } = useI18n();
  return (
    <div className="app">
      <Suspense fallback={<Header />}>
        <Header withContent />
      </Suspense>
      <main className="app-main">
        <div className="map-column">
          <div className="map-wrap">
            <MapView label={t('app.mapLabel')} resetLabel={t('app.resetView')}>
              <Suspense fallback={null}>
                <MapContent />
                <MeasureArea />
                <MapLanguage />
              </Suspense>
              <HoverLabel />
            </MapView>
            <MapStatusNotice />
            <Legend />
            <Suspense fallback={null}>
              <OffMapHint />
            </Suspense>
          </div>
          <Suspense fallback={<TimelineSkeleton />}>
            <TimelineArea />
          </Suspense>
        </div>
        <aside className="panel" aria-label={t('app.details')}>
          <Suspense fallback={<p className="panel-body">{t('app.loadingContent')}</p>}>
            <Panel />
          </Suspense>
        </aside>
      </main>
    </div>
  );
}
