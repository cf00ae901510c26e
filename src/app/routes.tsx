import { createElement, use, type ComponentType } from 'react';
import { Navigate, useLocation, useOutletContext, useParams, type RouteObject } from 'react-router';
import { HomePanel } from '../features/panel/HomePanel';
import { useAtlasView } from '../state/atlas-view';
import { ROUTES, type RouteName } from '../state/paths';
import { AtlasLayout } from './AtlasLayout';
import { loadPanelsAndTools } from './load-panels-and-tools';
import type { PanelContext } from './PanelFrame';
import { useUiStore } from '../state/ui-store';
import { Suspense } from 'react';

/**
 * The route table. One layout route keeps the header, the map and the timeline mounted; its children are the
 * panel for each path in state/paths.ts (where the selection is read from the same table), and a catch-all.
 * The panels render into the layout's panel (an <Outlet>), once the content has loaded.
 */

function ExportTools() {
  const { capturePng } = useOutletContext<PanelContext>();
  const { ExportPanel } = use(loadPanelsAndTools());
  return <ExportPanel capturePng={capturePng} />;
}

function HomeRoute() {
  // The take-away tools come once the first view has settled and their chunk is there.
  const settled = useUiStore((s) => s.mapStatus.kind !== 'loading');
  return (
    <HomePanel>
      {settled && (
        <Suspense fallback={null}>
          <ExportTools />
        </Suspense>
      )}
    </HomePanel>
  );
}

function SiteRoute() {
  const { id = '' } = useParams();
  const { index } = useAtlasView();
  const { SitePanel, MeasurePanel, NotFound } = use(loadPanelsAndTools());
  const site = index.sites.get(id);
  return site ? <SitePanel site={site} tools={<MeasurePanel site={site} />} /> : <NotFound asked={{ kind: 'site', id }} />;
}

function EventRoute() {
  const { id = '' } = useParams();
  const { index } = useAtlasView();
  const { EventPanel, NotFound } = use(loadPanelsAndTools());
  const event = index.events.get(id);
  return event ? <EventPanel event={event} /> : <NotFound asked={{ kind: 'event', id }} />;
}

function AnalysisRoute() {
  const { id = '', passage } = useParams();
  const { index } = useAtlasView();
  const { AnalysisReader, NotFound } = use(loadPanelsAndTools());
  const analysis = index.analyses.get(id);
  return analysis ? <AnalysisReader analysis={analysis} passage={passage} /> : <NotFound asked={passage === undefined ? { kind: 'analysis', id } : { kind: 'analysis', id, passage }} />;
}

function NotFoundRoute() {
  const { pathname } = useLocation();
  const { NotFound } = use(loadPanelsAndTools());
  return <NotFound asked={{ kind: 'page', path: pathname }} />;
}

/** `/index.html`, where a static host names the home page by its file: the home view, with the link's query and hash. */
function IndexFile() {
  const { search, hash } = useLocation();
  return <Navigate replace to={{ pathname: '/', search, hash }} />;
}

const PANELS: Record<RouteName, ComponentType> = {
  home: HomeRoute,
  site: SiteRoute,
  event: EventRoute,
  analysis: AnalysisRoute,
  passage: AnalysisRoute,
};

export const routes: RouteObject[] = [
  {
    element: <AtlasLayout />,
    children: [
      ...(Object.keys(ROUTES) as RouteName[]).map((name) => ({ path: ROUTES[name], element: createElement(PANELS[name]) })),
      { path: '/index.html', element: <IndexFile /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
