import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { AnalysisReader } from '../features/panel/AnalysisReader';
import { EventPanel } from '../features/panel/EventPanel';
import { HomePanel } from '../features/panel/HomePanel';
import { NotFound } from '../features/panel/NotFound';
import { SitePanel } from '../features/panel/SitePanel';
import { CopyLink } from '../components/CopyLink';
import { AtlasLink } from '../components/AtlasLink';
import { useAtlas } from '../state/use-atlas';
import { useI18n, type I18n } from '../state/use-i18n';
import { mapHashNotice, type Notice } from '../state/url-state';
import { FiltersPanel } from '../features/filters/FiltersPanel';

/** Read once, before MapLibre rewrites the hash: a viewport in the link that could not be understood. */
const OPENING_HASH_NOTICE = mapHashNotice(window.location.hash);

/** Moves focus to the panel's heading when the selection changes (not on the first page load). */
function useFocusOnSelection(key: string) {
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    document.getElementById('panel-title')?.focus({ preventScroll: false });
  }, [key]);
}

function noticeText({ t }: I18n, n: Notice): string {
  const instead = n.params.instead === 'latest' ? t('notice.latestDate') : n.params.instead === 'whole' ? t('notice.wholePeriod') : undefined;
  return t(n.key, instead ? { ...n.params, instead } : n.params);
}

/** The side panel (a bottom sheet on phones): the selection, or the overview. */
export function Panel() {
  const atlas = useAtlas();
  const i18n = useI18n();
  const { t } = i18n;
  useFocusOnSelection(useLocation().pathname);
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
  if (!selection) body = <HomePanel index={index} visible={visible} />;
  else if (selection.kind === 'site' && index.sites.has(selection.id)) {
    const site = index.sites.get(selection.id);
    body = site && <SitePanel site={site} index={index} time={time} />;
  } else if (selection.kind === 'event' && index.events.has(selection.id)) {
    const event = index.events.get(selection.id);
    body = event && <EventPanel event={event} index={index} />;
  } else if (selection.kind === 'analysis' && index.analyses.has(selection.id)) {
    const analysis = index.analyses.get(selection.id);
    body = analysis && <AnalysisReader analysis={analysis} index={index} passage={selection.passage} />;
  } else body = <NotFound asked={selection} index={index} />;

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
      {body}
    </>
  );
}
