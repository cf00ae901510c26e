import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import postcss from 'postcss';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
 * panels, measuring tools and their layer, take-away tools, turf), what changed between two dates, read-along, the
 * typed-date reader, the content validator (zod), the Arabic and Russian strings.
 */
const LOADED_ON_DEMAND = new RegExp(
  [
    'src/app/(panels-and-tools|EmbedLayout|UpdatePrompt|service-worker)\\.',
    'src/features/panel/(AnalysisReader|EventPanel|NotFound|SitePanel|PassageLinks|ChangesList|use-read-along|reader)\\.',
    'src/features/timeline/typed-date\\.',
    'src/features/filters/(FiltersBody|filters)\\.',
    'src/features/map/(event-cells-layer|event-grid)\\.',
    'src/state/(change-words|use-changes)\\.',
    'src/content/changes\\.',
    'src/content/read-along\\.',
    'src/components/[Rr]eferences\\.',
    'src/features/(measure|export|search)/',
    'src/features/map/MeasureLayer\\.',
    'src/content/(validate|bundle-split|search-index|suggest|schema|problems|country-extents|measure|export|citations|source-timing)\\.',
    'src/i18n/(ar|ru)\\.',
    'node_modules/(zod|@turf|workbox-window|kdbush)/',
    'pwa-register',
  ]
    .join('|')
    .replaceAll('/', '[\\\\/]'),
);

/**
 * The SHA-256 of the content files the build validated (npm run build runs the content build first). The app skips
 * re-validating a content.json and events.bin with exactly these hashes (src/content/load.ts). Read when the config loads, so a dev
 * server's content edited afterwards no longer matches and is checked in full, as it should be.
 */
const sha256Of = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null);
/** The folder served as is (default public/; the benchmark builds with its synthetic archives in another). */
const publicDir = process.env.ATLAS_PUBLIC_DIR ?? 'public';
const contentSha256 = { content: sha256Of(`${publicDir}/content/content.json`), events: sha256Of(`${publicDir}/content/events.bin`), texts: sha256Of(`${publicDir}/content/texts.json`) };

/**
 * After the bundle is written, makes the build publishable (scripts/publish/): a page per link (and per embed) with
 * its tags, text and preview image, 404.html, robots.txt and sitemap.xml, for this build's base and PUBLIC_ORIGIN.
 * It runs before the service worker's precache list is made, in its own process (tsx), so the config stays small.
 */
function publishPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-publish',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const args = ['--import', 'tsx', 'scripts/publish/cli.ts', '--out', resolve(config.root, config.build.outDir), '--public', config.publicDir, '--base', config.base];
      const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
      if (run.status !== 0) throw new Error('Publishing the pages failed (scripts/publish/cli.ts, above)');
    },
  };
}

/**
 * Where the build is served from: `BASE_PATH=/atlas/ npm run build` makes a build for https://host/atlas/ (assets,
 * content, map data, routes, links, previews and the service worker all under it). Default `/`.
 */
function basePath(value: string | undefined): string {
  if (!value) return '/';
  if (!/^\/([\w.~-]+\/)*$/.test(`${value.replace(/\/?$/, '/')}`)) throw new Error(`BASE_PATH must be a path such as /atlas/ (got "${value}")`);
  return value.replace(/\/?$/, '/');
}

/** The service worker (vite-plugin-pwa, Workbox): what it precaches, what it caches on use, the installable app. */
const serviceWorker = (disable: boolean) =>
  VitePWA({
    disable,
    registerType: 'prompt',
    // Registered by the app itself after the first view has settled (src/app/service-worker.ts).
    injectRegister: false,
    manifest: {
      name: 'Analysis Atlas',
      short_name: 'Atlas',
      description: 'The places and events of geopolitical analysis, on a map and a timeline.',
      lang: 'en',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#fbfaf6',
      theme_color: '#8c3a2b',
      icons: [
        { src: 'previews/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'previews/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'previews/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The app, its content and the first view's map data; not the pages written per link (the app answers every
      // navigation from index.html), nor the previews.
      globPatterns: ['index.html', 'assets/**/*.{js,mjs,css}', 'content/*.{json,bin}', 'geo/region.json', 'geo/places.json', 'geo/world-places.json', 'favicon.svg', 'previews/icons/*.png'],
      // The content is the app's data: offline, nothing works without all of it. Workbox skips files over 2 MiB by
      // default (and fails the build); an archive of 100,000 events is 2.4 MB of events.bin (gzipped) and 13 MB of texts.json.
      // Past this, the events belong in tiles (docs/scale.md).
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/previews\//, /\.(?:png|json|bin|txt|xml|svg|webmanifest)$/],
      // The region's detail and the rest of the world: cached when first drawn, refreshed in the background.
      runtimeCaching: [{ urlPattern: ({ url }) => /\/geo\/(detail|world)\.json$/.test(url.pathname), handler: 'StaleWhileRevalidate', options: { cacheName: 'atlas-map-data' } }],
      cleanupOutdatedCaches: true,
      // The first service worker takes charge of the page at once (nothing older to mix with), so the map data the
      // reader opens next is cached on this very visit; a later one waits for the reader (registerType: 'prompt').
      clientsClaim: true,
    },
  });

/**
 * `vite build --mode test` (npm run build:test) makes the build the browser suite and the benchmark drive: the same
 * app, with the hooks of src/features/map/test-hooks.ts, into dist-test/, without the service worker (whose caches
 * would answer the suite's intercepted requests). The production build compiles the hooks out.
 */
export default defineConfig(({ mode, command }) => ({
  base: basePath(process.env.BASE_PATH),
  publicDir,
  define: {
    __ATLAS_CONTENT_SHA256__: JSON.stringify(contentSha256),
    __ATLAS_TEST_HOOKS__: JSON.stringify(mode === 'test'),
    __ATLAS_SERVICE_WORKER__: JSON.stringify(command === 'build' && mode !== 'test'),
  },
  plugins: [react(), devCsp(), maplibreCssSubset(), ...(mode === 'test' ? [] : [publishPages()]), serviceWorker(mode === 'test')],
  // react-router 7 exports only its development build, warnings and all, whatever the mode (remix-run/react-router
  // #14102, open). Builds take the production build it also ships: no development warnings, 0.5 KB less gzipped.
  resolve: { alias: command === 'build' ? [{ find: /^react-router$/, replacement: resolve('node_modules/react-router/dist/production/index.mjs') }] : [] },
  build: {
    outDir: mode === 'test' ? 'dist-test' : 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    // A lazy chunk's own styles and the lazy chunks it imports are fetched together with it, not one after the
    // other (the reader's panel waited on three round trips). Every browser it targets knows modulepreload.
    modulePreload: { polyfill: false },
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
