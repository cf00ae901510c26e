import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppFrame } from './app/AppFrame';
import { AppErrorBoundary } from './app/RouteError';
import './app/app.css';
import { loadMessages, parseLang } from './i18n/i18n';
import { LANG_KEY } from './state/url-state';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A link in Arabic or Russian opens in that language, not in English first: its strings come before the first render.
// If they cannot be fetched, the interface shows English (useI18n retries when the language is chosen again).
await loadMessages(parseLang(new URLSearchParams(window.location.search).get(LANG_KEY))).catch(() => undefined);

// One route: the frame reads the selection from the path itself (src/state/paths.ts), so the map is never
// re-created when the selection changes and unknown paths get the same "not found" panel as unknown ids.
// The declarative router is all the app needs (no loaders or actions), at a third of the data router's weight.
// Without transitions, a URL change from a click renders in the same event, so controlled inputs never lag it.
createRoot(root).render(
  <StrictMode>
    <BrowserRouter useTransitions={false}>
      <AppErrorBoundary>
        <AppFrame />
      </AppErrorBoundary>
    </BrowserRouter>
  </StrictMode>,
);
