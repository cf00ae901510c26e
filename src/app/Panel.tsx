import { Suspense, use, useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { HomePanel } from '../features/panel/HomePanel';
import { loadLater } from './load-later';
import { CopyLink } from '../components/CopyLink';
import { AtlasLink } from '../components/AtlasLink';
import { useAtlas } from '../state/use-atlas';
import { useUiStore } from '../state/ui-store';
import { loadTextIndex } from '../state/use-content';
import { useI18n, type I18n } from '../state/use-i18n';
import { mapHashNotice, type Notice } from '../state/url-state';
import { FiltersPanel } from '../features/filters/FiltersPanel';

/** Read once, before MapLibre rewrites the hash: a viewport in the link that could not be understood. */
const OPENING_HASH_NOTICE = mapHashNotice(window.location.hash);

/**
 * Moves focus to the panel's heading when the selection changes (not on the first page load). Rendered with the
 * panel's body, keyed by the selection, so it runs once that body is on screen, after its chunk has arrived.
 */
function FocusHeading({ selectionKey, lastFocusedRef }: { selectionKey: string; lastFocusedRef: RefObject<string> }) {
  useEffect(() => {
    if (lastFocusedRef.current === selectionKey) return;
    lastFocusedRef.current = selectionKey;
    // Not if the reader has meanwhile gone elsewhere (e.g. to the timeline while the panel was loading).
    const active = document.activeElement;
    const heading = document.getElementById('panel-title');
    const elsewhere = active && active !== document.body && !active.closest('aside.panel, .map');
    if (heading && !elsewhere) heading.focus({ preventScroll: false });
  }, [selectionKey, lastFocusedRef]);
  return null;
}

function noticeText({ t }: I18n, n: Notice): string {
  const instead = n.params.instead === 'latest' ? t('notice.latestDate') : n.params.instead === 'whole' ? t('notice.wholePeriod') : undefined;
  return t(n.key, instead ? { ...n.params, instead } : n.params);
}

type Selection = NonNullable<Extract<ReturnType<typeof useAtlas>, { selection: unknown }>['selection']>;
type Loaded = Extract<ReturnType<typeof useAtlas>, { index: unknown }>;

/** A site, event or analysis; or "not found" for an id the content does not have. Suspends on the first one. */
function SelectionBody({ selection, index, time }: { selection: Selection; index: Loaded['index']; time: Loaded['time'] }) {
  const { SitePanel, EventPanel, AnalysisReader, NotFound } = use(loadLater());
  if (selection.kind === 'site') {
    const site = index.sites.get(selection.id);
    if (site) return <SitePanel site={site} index={index} time={time} />;
  } else if (selection.kind === 'event') {
    const event = index.events.get(selection.id);
    if (event) return <EventPanel event={event} index={index} />;
  } else if (selection.kind === 'analysis') {
    const analysis = index.analyses.get(selection.id);
    if (analysis) return <AnalysisReader analysis={analysis} index={index} passage={selection.passage} />;
  }
  return <NotFound asked={selection} index={index} />;
}

/** The take-away tools, under the overview: shown once the first view has settled and their chunk is there. */
function LaterExportPanel() {
  const { ExportPanel } = use(loadLater());
  return <ExportPanel />;
}

/** The side panel (a bottom sheet on phones): the selection, or the overview. */
export function Panel() {
  const atlas = useAtlas();
  const i18n = useI18n();
  const { t } = i18n;
  const selectionKey = useLocation().pathname;
  const lastFocusedRef = useRef(selectionKey);
  // Once the first view has settled, fetch what it did not need in the background, so a click shows its panel at once.
  const mapSettled = useUiStore((s) => s.mapStatus.kind !== 'loading');
  useEffect(() => {
    if (!mapSettled) return;
    loadLater();
    void loadTextIndex();
  }, [mapSettled]);
  if ('failed' in atlas) {
    return (
      <div className="panel-body" role="alert">
        <title>{t('app.pageTitle', { title: t('content.unavailable') })}</title>
        <h2>{t('content.failedTitle')}</h2>
        <p>{t('content.failedBody', { reason: atlas.failed })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
  const { selection, index, time, visible, problems } = atlas;
  let body;
  if (!selection)
    body = (
      <HomePanel index={index} visible={visible}>
        {mapSettled && (
          <Suspense fallback={null}>
            <LaterExportPanel />
          </Suspense>
        )}
      </HomePanel>
    );
  else body = <SelectionBody selection={selection} index={index} time={time} />;

  const notices = [...time.notices, ...(OPENING_HASH_NOTICE ? [OPENING_HASH_NOTICE] : [])];
  const first = problems[0];
  return (
    <>
      <div className="panel-bar">
        {selection ? <AtlasLink to={null}>{t('app.overview')}</AtlasLink> : <span />}
        <CopyLink />
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
          <p>{t('content.problems', { count: problems.length, first: `${first.where} ${first.field} ${first.reason}` })}</p>
        </div>
      )}
      <FiltersPanel />
      <Suspense fallback={<p className="panel-body" role="status">{t('app.loadingContent')}</p>}>
        {body}
        <FocusHeading key={selectionKey} selectionKey={selectionKey} lastFocusedRef={lastFocusedRef} />
      </Suspense>
    </>
  );
}
