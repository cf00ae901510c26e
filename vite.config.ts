import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import postcss from 'postcss';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The dev server's hot reload needs inline scripts and styles and a websocket, which the production CSP in index.html
 * forbids. Only while serving in development, this relaxes those two directives; the build keeps the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'atlas-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

/**
 * MapLibre's stylesheet is 71 KB (10 KB gzipped), mostly icons of controls this app never creates. This keeps the
 * rules for what it does use (the map, canvas, zoom buttons, attribution and its hidden toggle, scale, box zoom) and
 * drops every selector naming one of the parts below, forced-colours variants included (10 → 1.3 KB gzipped).
 * The browser suite checks the zoom buttons keep their icons and the attribution's compact toggle stays hidden.
 */
const UNUSED_MAPLIBRE_PARTS = /maplibregl-(popup|marker|user-location|ctrl-geolocate|ctrl-compass|ctrl-logo|compact|cooperative-gesture|mobile-message|desktop-message|ctrl-fullscreen|ctrl-shrink|pseudo-fullscreen|ctrl-terrain|ctrl-globe|spin|track-pointer)/;

function maplibreCssSubset(): Plugin {
  return {
    name: 'atlas-maplibre-css-subset',
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('maplibre-gl/dist/maplibre-gl.css')) return null;
      const root = postcss.parse(code);
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !UNUSED_MAPLIBRE_PARTS.test(selector));
        if (kept.length === 0) rule.remove();
        else rule.selectors = kept;
      });
      root.walkAtRules((at) => {
        if ((at.name === 'keyframes' && UNUSED_MAPLIBRE_PARTS.test(`maplibregl-${at.params.replace(/^maplibregl-/, '')}`)) || (at.nodes && at.nodes.length === 0)) at.remove();
      });
      return { code: root.toString(), map: null };
    },
  };
}

/**
 * Modules only the lazy chunks use: what the first view does not show (src/app/panels-and-tools.ts: selection
 * panels, measuring tools and their layer, take-away tools, turf), the content validator (zod), the Arabic and
 * Russian strings.
 */
const LOADED_ON_DEMAND = new RegExp(
  [
    'src/app/panels-and-tools\\.',
    'src/features/panel/(AnalysisReader|EventPanel|NotFound|SitePanel|PassageLinks)\\.',
    'src/components/References\\.',
    'src/features/(measure|export)/',
    'src/features/map/MeasureLayer\\.',
    'src/content/(validate|schema|problems|country-extents|measure|export|citations|source-timing)\\.',
    'src/i18n/(ar|ru)\\.',
    'node_modules/(zod|@turf)/',
  ]
    .join('|')
    .replaceAll('/', '[\\\\/]'),
);

/**
 * The SHA-256 of the content files the build validated (npm run build runs the content build first). The app skips
 * re-validating a content.json with exactly this hash (src/content/load.ts). Read when the config loads, so a dev
 * server's content edited afterwards no longer matches and is checked in full, as it should be.
 */
const sha256Of = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null);
const contentSha256 = { content: sha256Of('public/content/content.json'), texts: sha256Of('public/content/texts.json') };

/**
 * `vite build --mode test` (npm run build:test) makes the build the browser suite and the benchmark drive: the same
 * app, with the hooks of src/features/map/test-hooks.ts, into dist-test/. The production build compiles them out.
 */
export default defineConfig(({ mode }) => ({
  define: { __ATLAS_CONTENT_SHA256__: JSON.stringify(contentSha256), __ATLAS_TEST_HOOKS__: JSON.stringify(mode === 'test') },
  plugins: [react(), devCsp(), maplibreCssSubset()],
  build: {
    outDir: mode === 'test' ? 'dist-test' : 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    // Every module a lazy chunk needs from the page is already in the page's chunk: nothing to preload, so no
    // preload helper (0.9 KB) either.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the first view runs goes into one chunk; only the modules loaded on demand stay apart. Left to
        // itself, Rolldown splits modules shared by the page and a lazy chunk into extra chunks the page then loads
        // anyway (rolldown/rolldown#10731), which compress worse and cost requests.
        advancedChunks: { groups: [{ name: 'app', test: (id: string) => !LOADED_ON_DEMAND.test(id) }] },
      },
    },
  },
}));
