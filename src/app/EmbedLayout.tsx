import { useLocation } from 'react-router';
import { formatDay } from '../content/dates';
import { CameraDirector } from '../features/map/CameraDirector';
import { ContentLayers } from '../features/map/ContentLayers';
import { HoverLabel } from '../features/map/HoverLabel';
import { Legend } from '../features/map/Legend';
import { MapLanguage } from '../features/map/MapLanguage';
import { MapView } from '../features/map/MapView';
import { OffMapHint } from '../features/map/OffMapHint';
import { Timeline } from '../features/timeline/Timeline';
import { TimelineSkeleton } from '../features/timeline/TimelineSkeleton';
import { atlasHref } from '../state/app-base';
import { AtlasViewContext, useAtlasViewModel, type AtlasView } from '../state/atlas-view';
import { useLoadedContent } from '../state/content-store';
import { useDocumentLanguage, useI18n } from '../state/use-i18n';
import { viewTitle } from '../state/view-title';
import { permalink } from '../state/url-state';
import { MapStatusNotice } from './MapStatusNotice';

/** One line under the map: what it shows, when, and a link opening the same view in the full atlas (new tab). */
function Caption({ view }: { view: AtlasView | null }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { pathname, search, hash } = useLocation();
  const full = view ? permalink(atlasHref(pathname, search, hash), view.time) : atlasHref(pathname, search, hash);
  const when = view ? (view.time.from === null ? formatDay(view.time.date, 'day', locale) : `${formatDay(view.time.from, 'day', locale)} – ${formatDay(view.time.date, 'day', locale)}`) : '';
  return (
    <p className="embed-caption">
      <span className="embed-caption__what" title={view ? viewTitle(view, i18n) : undefined}>
        {view ? <bdi>{viewTitle(view, i18n)}</bdi> : t('app.loadingContent')}
      </span>
      {when && <span className="muted">· {when}</span>}{' '}
      <a href={full} target="_blank" rel="noopener">
        {t('embed.open')}
      </a>
    </p>
  );
}

/**
 * The embed (`/embed/…`): the map and the timeline of the same view, and a caption; no header, search, panel or
 * tools. Inside another site's page, so everything else is one click away in the full atlas.
 */
export function EmbedLayout() {
  useDocumentLanguage();
  const i18n = useI18n();
  const { t } = i18n;
  const content = useLoadedContent();
  const view = useAtlasViewModel(content?.ok ? content : null);
  return (
    <AtlasViewContext value={view}>
      <div className="app app--embed">
        <title>{t('app.pageTitle', { title: view ? viewTitle(view, i18n) : t('app.name') })}</title>
        <div className="map-column">
          <div className="map-wrap">
            <MapView label={t('app.mapLabel')} resetLabel={t('app.resetView')} homeBounds={view?.index.content.atlas.home.bounds}>
              {view && (
                <>
                  <ContentLayers />
                  <CameraDirector />
                </>
              )}
              <MapLanguage />
              <HoverLabel />
            </MapView>
            <MapStatusNotice />
            <Legend eventTotal={view ? view.index.table.events.length : null} startOpen={false} />
            {view && <OffMapHint />}
          </div>
          {view ? <Timeline /> : <TimelineSkeleton />}
          {content && !content.ok ? (
            <p className="embed-caption" role="alert">
              {t('content.unavailable')}
            </p>
          ) : (
            <Caption view={view} />
          )}
        </div>
      </div>
    </AtlasViewContext>
  );
}
