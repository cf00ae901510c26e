import { AnalysisReader } from '../features/panel/AnalysisReader';
import { EventPanel } from '../features/panel/EventPanel';
import { HomePanel } from '../features/panel/HomePanel';
import { NotFound } from '../features/panel/NotFound';
import { SitePanel } from '../features/panel/SitePanel';
import { CopyLink } from '../components/CopyLink';
import { AtlasLink } from '../components/AtlasLink';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useAtlas } from '../state/use-atlas';
import { mapHashNotice } from '../state/url-state';

/** Read once, before MapLibre rewrites the hash: a viewport in the link that could not be understood. */
const OPENING_HASH_NOTICE = mapHashNotice(window.location.hash);

/** Moves focus to the panel's heading when the selection changes (not on the first page load). */
function useFocusOnSelection(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('panel-title')?.focus({ preventScroll: false });
  }, [key]);
}

/** The side panel (a bottom sheet on phones): the selection, or the overview. */
export function Panel() {
  const atlas = useAtlas();
  useFocusOnSelection(useLocation().pathname);
  if ('failed' in atlas) {
    return (
      <div className="panel-body" role="alert">
        <title>Content unavailable — Analysis Atlas</title>
        <h2>The analyses could not be loaded</h2>
        <p>The map is shown without them: {atlas.failed}.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  const { selection, index, time, visible, problems } = atlas;
  let body;
  if (!selection) body = <HomePanel index={index} visible={visible} />;
  else if (selection.kind === 'site' && index.sites.has(selection.id)) {
    const site = index.sites.get(selection.id);
    body = site && <SitePanel site={site} index={index} date={time.date} />;
  } else if (selection.kind === 'event' && index.events.has(selection.id)) {
    const event = index.events.get(selection.id);
    body = event && <EventPanel event={event} index={index} />;
  } else if (selection.kind === 'analysis' && index.analyses.has(selection.id)) {
    const analysis = index.analyses.get(selection.id);
    body = analysis && <AnalysisReader analysis={analysis} index={index} passage={selection.passage} />;
  } else body = <NotFound asked={selection} index={index} />;

  return (
    <>
      <div className="panel-bar">
        {selection ? <AtlasLink to={null}>← Overview</AtlasLink> : <span />}
        <CopyLink />
      </div>
      {(time.notices.length > 0 || OPENING_HASH_NOTICE) && (
        <div className="notice" role="status">
          {[...time.notices, ...(OPENING_HASH_NOTICE ? [OPENING_HASH_NOTICE] : [])].map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {problems.length > 0 && (
        <div className="notice" role="status">
          <p>
            {problems.length} content problem{problems.length > 1 ? 's' : ''}: some items are not shown. First: {problems[0]?.where}{' '}
            {problems[0]?.field} {problems[0]?.reason}.
          </p>
        </div>
      )}
      {body}
    </>
  );
}
