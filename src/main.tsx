import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { AppErrorBoundary } from './app/ErrorBoundary';
import { embedRoutes, routes } from './app/routes';
import { FramedPage } from './app/FramedPage';
import './app/app.css';
import { loadMessages, parseLang } from './i18n/i18n';
import { startLoadingContent } from './state/content-store';
import { isEmbedPath, routerBasename } from './state/paths';
import { LANG_KEY } from './state/url-state';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The content is fetched from the start, alongside the page's own first render and the map's.
void startLoadingContent();
// A link in Arabic or Russian opens in that language, not in English first: its strings come before the first render.
// If they cannot be fetched, the interface shows English (useI18n retries when the language is chosen again).
await loadMessages(parseLang(new URLSearchParams(window.location.search).get(LANG_KEY))).catch(() => undefined);

const base = import.meta.env.BASE_URL;
const embedded = isEmbedPath(window.location.pathname, base);
// Only embeds may be shown inside another site's page. A host sends that rule as a header (docs/deploy.md); where it
// cannot, the full atlas inside a frame shows a link to open it instead of itself.
const framed = !embedded && window.self !== window.top;

function AppRoutes() {
  return useRoutes(embedded ? embedRoutes : routes);
}

// The declarative router is all the app needs (no loaders or actions), at a third of the data router's weight; its
// route table is src/app/routes.tsx. Without transitions, a URL change from a click renders in the same event, so
// controlled inputs never lag it.
createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={routerBasename(base, embedded)} useTransitions={false}>
      <AppErrorBoundary>{framed ? <FramedPage /> : <AppRoutes />}</AppErrorBoundary>
    </BrowserRouter>
  </StrictMode>,
);
