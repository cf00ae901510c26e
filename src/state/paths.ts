import { generatePath, matchRoutes } from 'react-router';

/**
 * The route table's paths, in one place. The app gives each its element (src/app/routes.tsx) under one layout
 * route that keeps the map and the timeline mounted; the selection is read from the matched route's params
 * (`selectionAt`), and links are built from the same patterns (`selectionPath`), so no path is spelled twice.
 */
export const ROUTES = {
  home: '/',
  site: '/sites/:id',
  event: '/events/:id',
  analysis: '/analyses/:id',
  passage: '/analyses/:id/:passage',
} as const;
export type RouteName = keyof typeof ROUTES;

/** What a path selects. An id the content does not have is still a selection: its panel says "not found". */
export type Selection =
  | { kind: 'site'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'analysis'; id: string; passage?: string };

/** The path of a selection (ids are encoded by the router, so any text is safe in a link). */
export function selectionPath(selection: Selection | null): string {
  if (!selection) return ROUTES.home;
  if (selection.kind === 'site') return generatePath(ROUTES.site, { id: selection.id });
  if (selection.kind === 'event') return generatePath(ROUTES.event, { id: selection.id });
  return selection.passage === undefined
    ? generatePath(ROUTES.analysis, { id: selection.id })
    : generatePath(ROUTES.passage, { id: selection.id, passage: selection.passage });
}

const TABLE = (Object.keys(ROUTES) as RouteName[]).map((name) => ({ id: name, path: ROUTES[name] }));

/**
 * The route a path matches, with its params (decoded by the router), or null for a path no route has (the
 * catch-all "not found" page).
 */
export function routeAt(pathname: string): { name: RouteName; params: Readonly<Record<string, string | undefined>> } | null {
  const match = matchRoutes(TABLE, pathname)?.at(-1);
  return match ? { name: match.route.id as RouteName, params: match.params } : null;
}

/** The selection a path names: null for the home page and for paths that match no route. */
export function selectionAt(pathname: string): Selection | null {
  const route = routeAt(pathname);
  const id = route?.params.id;
  if (!route || id === undefined) return null;
  if (route.name === 'site') return { kind: 'site', id };
  if (route.name === 'event') return { kind: 'event', id };
  const passage = route.params.passage;
  return passage === undefined ? { kind: 'analysis', id } : { kind: 'analysis', id, passage };
}

/** A stable key for a selection (camera framing, focus management). */
export function selectionKey(selection: Selection | null): string {
  return selection ? selectionPath(selection) : 'home';
}

/**
 * Embeds: every route again under `/embed` (`/embed/sites/khmeimim?date=…`), with only the map, the timeline and a
 * caption. The embed runs the same route table under a router whose basename ends in `/embed`, so the app's own
 * paths and links stay as they are inside it.
 */
export const EMBED_PREFIX = '/embed';

/** The router's basename for the app served at `base` (Vite's BASE_URL, e.g. `/` or `/atlas/`), embedded or not. */
export function routerBasename(base: string, embedded: boolean): string {
  const root = base.replace(/\/+$/, '');
  return embedded ? `${root}${EMBED_PREFIX}` : root || '/';
}

/** Whether a page's path (as the browser has it, base included) is an embed. */
export function isEmbedPath(pathname: string, base: string): boolean {
  const prefix = routerBasename(base, true);
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}
