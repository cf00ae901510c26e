import { lazy, Suspense, use, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { CameraDirector } from '../features/map/CameraDirector';
import { ContentLayers } from '../features/map/ContentLayers';
import { HoverLabel } from '../features/map/HoverLabel';
import { Legend } from '../features/map/Legend';
import { MapLanguage } from '../features/map/MapLanguage';
import { MapView, type MapHandle } from '../features/map/MapView';
import { OffMapHint } from '../features/map/OffMapHint';
import { Timeline } from '../features/timeline/Timeline';
import { TimelineSkeleton } from '../features/timeline/TimelineSkeleton';
import { AtlasViewContext, useAtlasViewModel } from '../state/atlas-view';
import { useLoadedContent } from '../state/content-store';
import { useUiStore } from '../state/ui-store';
import { useDocumentLanguage, useI18n } from '../state/use-i18n';
import { parseMeasure, parseRing } from '../state/url-state';
import { Header } from './Header';
import { loadPanelsAndTools } from './load-panels-and-tools';
import { MapStatusNotice } from './MapStatusNotice';
import { PanelFrame, type PanelContext } from './PanelFrame';

/** The distance line and range ring: loaded and drawn only when the link has one or a point is being picked. */
function MeasureArea() {
  const { search } = useLocation();
  const picking = useUiStore((s) => s.measurePicking !== null);
  const needed = picking || parseMeasure(search) !== null || parseRing(search) !== null;
  return needed ? (
    <Suspense fallback={null}>
      <MeasureLayerWhenLoaded />
    </Suspense>
  ) : null;
}
function MeasureLayerWhenLoaded() {
  const { MeasureLayer } = use(loadPanelsAndTools());
  return <MeasureLayer />;
}

const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));

/** The service worker and its update prompt, fetched once the first view has settled (it costs that view nothing). */
function ServiceWorker() {
  const settled = useUiStore((s) => s.mapStatus.kind !== 'loading');
  return settled ? (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  ) : null;
}

/**
 * The layout route: header, map with its timeline, and the panel, where the child route's panel renders. It keeps
 * the same tree whether the content is loading, loaded or failed, so the map is created once; it builds the view
 * model once (state/atlas-view.ts) and hands it to everything below. Composition only.
 */
export function AtlasLayout() {
  useDocumentLanguage();
  const { t } = useI18n();
  const content = useLoadedContent();
  const view = useAtlasViewModel(content?.ok ? content : null);
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  const panelContext: PanelContext = useMemo(() => ({ capturePng: mapHandle?.capturePng ?? null }), [mapHandle]);
  return (
    <AtlasViewContext value={view}>
      <div className="app">
        <Header loaded={view !== null} />
        <main className="app-main">
          <div className="map-column">
            <div className="map-wrap">
              <MapView label={t('app.mapLabel')} resetLabel={t('app.resetView')} homeBounds={view?.index.content.atlas.home.bounds} onHandle={setMapHandle}>
                {view && (
                  <>
                    <ContentLayers />
                    <CameraDirector />
                    <MeasureArea />
                  </>
                )}
                <MapLanguage />
                <HoverLabel />
              </MapView>
              <MapStatusNotice />
              <Legend eventTotal={view ? view.index.table.events.length : null} />
              {view && <OffMapHint />}
            </div>
            {view ? <Timeline /> : <TimelineSkeleton />}
          </div>
          <aside className="panel" aria-label={t('app.details')}>
            <PanelFrame content={content} view={view} context={panelContext} />
          </aside>
        </main>
        <ServiceWorker />
      </div>
    </AtlasViewContext>
  );
}
