import { Suspense, use, useEffect, useRef, useState, type RefObject } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AtlasLink } from '../components/AtlasLink';
import { CopyLink } from '../components/CopyLink';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import type { AtlasView } from '../state/atlas-view';
import { prefetchTexts, type LoadedContent } from '../state/content-store';
import { useUiStore } from '../state/ui-store';
import { useI18n, type I18n } from '../state/use-i18n';
import { mapHashNotice, permalink, type Notice } from '../state/url-state';
import { loadPanelsAndTools } from './load-panels-and-tools';
import { LoadingMessage } from '../components/LoadingMessage';
import { usePanelPlaceToRestore, useRememberPanelPlace } from '../state/panel-places';

/** What the panel routes get from the frame (useOutletContext). */
export interface PanelContext {
  /** A PNG of the map as drawn now; null when there is no map (no WebGL). */
  capturePng: (() => Promise<Blob | null>) | null;
}

/** Read once, before MapLibre rewrites the hash: a viewport in the link that could not be used as it is. */
const OPENING_HASH_NOTICE = mapHashNotice(window.location.hash);

/**
 * The notice about the viewport in the address: the link's, then that of each edit of the address (a `hashchange`;
 * MapLibre, which moves the map to a readable one, rewrites the hash without firing it).
 */
function useMapHashNotice(): Notice | null {
  const [notice, setNotice] = useState(OPENING_HASH_NOTICE);
  useEffect(() => {
    const onHashChange = () => setNotice(mapHashNotice(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return notice;
}

/**
 * Moves focus to the panel's heading when the selection changes (not on the first page load). Rendered with the
 * panel's body, keyed by the path, so it runs once that body is on screen, after its chunk has arrived.
 */
function FocusHeading({ selectionKey, lastFocusedRef }: { selectionKey: string; lastFocusedRef: RefObject<string> }) {
  // Back or Forward to a panel the reader had scrolled: back to that place, not to the heading.
  const place = usePanelPlaceToRestore();
  useEffect(() => {
    if (lastFocusedRef.current === selectionKey) return;
    lastFocusedRef.current = selectionKey;
    // Not if the reader has meanwhile gone elsewhere (e.g. to the timeline while the panel was loading).
    const active = document.activeElement;
    const heading = document.getElementById('panel-title');
    const elsewhere = active && active !== document.body && !active.closest('aside.panel, .map');
    if (heading && !elsewhere) heading.focus({ preventScroll: place !== undefined });
    if (place !== undefined) {
      const panel = document.querySelector('aside.panel');
      panel?.scrollTo({ top: place });
      // Once more after the next layout (a panel whose parts arrive a moment later grows under it).
      requestAnimationFrame(() => panel?.scrollTo({ top: place }));
    }
    // The place is read on arriving only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectionKey, lastFocusedRef]);
  return null;
}

/** The take-away tools under every panel, once the first view has settled and their chunk is there. */
function TakeAwayTools({ capturePng }: PanelContext) {
  const { ExportPanel } = use(loadPanelsAndTools());
  return <ExportPanel capturePng={capturePng} />;
}

function noticeText({ t }: I18n, n: Notice): string {
  const instead = n.params.instead === 'latest' ? t('notice.latestDate') : n.params.instead === 'whole' ? t('notice.wholePeriod') : undefined;
  return t(n.key, instead ? { ...n.params, instead } : n.params);
}

/** The content could not be loaded: said once, here; the map and the timeline's frame stay on screen. */
function ContentFailure({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <div className="panel-body" role="alert">
      <title>{t('app.pageTitle', { title: t('content.unavailable') })}</title>
      <h2>{t('content.failedTitle')}</h2>
      <p>{t('content.failedBody', { reason })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/**
 * The side panel (a bottom sheet on phones): the bar (overview link, copy link), notices about the link, the
 * filters, and the route's panel. Loading and failure of the content are handled here, once.
 */
export function PanelFrame({ content, view, context }: { content: LoadedContent | null; view: AtlasView | null; context: PanelContext }) {
  const i18n = useI18n();
  const { t } = i18n;
  const selectionKey = useLocation().pathname;
  const hashNotice = useMapHashNotice();
  useRememberPanelPlace();
  const lastFocusedRef = useRef(selectionKey);
  // Once the first view has settled, fetch what it did not need in the background, so a click shows its panel at once.
  const mapSettled = useUiStore((s) => s.mapStatus.kind !== 'loading');
  useEffect(() => {
    if (!mapSettled || !view) return;
    loadPanelsAndTools();
    prefetchTexts();
  }, [mapSettled, view]);
  if (content && !content.ok) return <ContentFailure reason={content.reason} />;
  if (!view)
    return (
      <p className="panel-body" role="status">
        <LoadingMessage waiting="app.loadingContent" />
      </p>
    );

  const notices = [...view.time.notices, ...(hashNotice ? [hashNotice] : [])];
  const first = view.problems[0];
  return (
    <>
      <div className="panel-bar">
        {selectionKey !== '/' ? <AtlasLink to={null}>{t('app.overview')}</AtlasLink> : <span />}
        <CopyLink href={() => permalink(window.location.href, view.time)} />
      </div>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => {
            const text = noticeText(i18n, n);
            return <p key={text}>{text}</p>;
          })}
        </div>
      )}
      {first && (
        <div className="notice" role="status">
          <p>{t('content.problems', { count: view.problems.length, first: `${first.where} ${first.field} ${first.reason}` })}</p>
        </div>
      )}
      <FiltersPanel />
      <Suspense fallback={<p className="panel-body" role="status">{t('app.loadingContent')}</p>}>
        <Outlet context={context} />
        {/* Its own boundary: the panel above stays on screen while the tools' chunk arrives. */}
        <Suspense fallback={null}>{mapSettled && <TakeAwayTools capturePng={context.capturePng} />}</Suspense>
        <FocusHeading key={selectionKey} selectionKey={selectionKey} lastFocusedRef={lastFocusedRef} />
      </Suspense>
    </>
  );
}
