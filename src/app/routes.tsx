import { createElement, lazy, Suspense, use, type ComponentType } from 'react';
import { Navigate, useLocation, useParams, type RouteObject } from 'react-router';
import { HomePanel } from '../features/panel/HomePanel';
import { withEventProse, withSiteProse } from '../content/texts';
import { useAtlasView } from '../state/atlas-view';
import { useTexts } from '../state/content-store';
import { ROUTES, type RouteName } from '../state/paths';
import { AtlasLayout } from './AtlasLayout';
import { loadPanelsAndTools } from './load-panels-and-tools';

/**
 * The route table. One layout route keeps the header, the map and the timeline mounted; its children are the
 * panel for each path in state/paths.ts (where the selection is read from the same table), and a catch-all.
 * The panels render into the layout's panel (an <Outlet>), once the content has loaded.
 */

function HomeRoute() {
  return <HomePanel />;
}

function SiteRoute() {
  const { id = '' } = useParams();
  const { index } = useAtlasView();
  const { SitePanel, MeasurePanel, NotFound } = use(loadPanelsAndTools());
  // The panel tells the site whole: with its prose from texts.json (without it, if that file failed: References says so).
  const texts = useTexts();
  const site = index.sites.get(id);
  if (!site) return <NotFound asked={{ kind: 'site', id }} />;
  const whole = (texts.ok && texts.texts.sites.get(id)) || withSiteProse(site, null);
  return <SitePanel site={whole} tools={<MeasurePanel site={site} />} />;
}

function EventRoute() {
  const { id = '' } = useParams();
  const { index } = useAtlasView();
  const { EventPanel, NotFound } = use(loadPanelsAndTools());
  const texts = useTexts();
  const event = index.events.get(id);
  if (!event) return <NotFound asked={{ kind: 'event', id }} />;
  return <EventPanel event={(texts.ok && texts.texts.events.get(id)) || withEventProse(event, null)} />;
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

/** The embeds' table (under the `/embed` basename, see main.tsx): every path shows the map, the timeline and a caption. */
// Fetched only by embeds, so the full atlas's first view does not carry it.
const EmbedLayout = lazy(() => import('./EmbedLayout').then((m) => ({ default: m.EmbedLayout })));
export const embedRoutes: RouteObject[] = [
  {
    path: '*',
    element: (
      <Suspense fallback={null}>
        <EmbedLayout />
      </Suspense>
    ),
  },
];
