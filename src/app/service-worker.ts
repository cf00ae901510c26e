/**
 * Registers the service worker vite-plugin-pwa generates (precached app, content and first-view map data; the
 * detailed map data cached on first use; vite.config.ts). Called after the first view has settled, so it costs the
 * first view nothing; the module and workbox-window are fetched then. A new build waiting to take over is offered
 * through `onUpdate`, and applied (the page reloads) only when the reader accepts.
 */
export async function registerServiceWorker(onUpdate: (apply: () => void) => void): Promise<void> {
  if (!__ATLAS_SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  // Marked for the benchmark: when the service worker has its precache and is active.
  void navigator.serviceWorker.ready.then(() => performance.mark('atlas:service-worker-ready'));
  const update = registerSW({
    immediate: true,
    onRegisteredSW: () => void controlled().then(cacheMapDataAlreadyShown),
    onNeedRefresh: () => onUpdate(() => void update(true)),
    onRegisterError: (error: unknown) => console.warn('The service worker could not be registered; the atlas works online only.', error),
  });
}

/** Resolves once a service worker controls the page (at once if one does). */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/**
 * The detailed map data the page fetched before the service worker was there (a link opening zoomed in): fetched
 * once more through it, so it is cached for the next visit, offline included.
 */
function cacheMapDataAlreadyShown(): void {
  const shown = performance.getEntriesByType('resource').map((e) => e.name).filter((url) => /\/geo\/(detail|world)\.json$/.test(new URL(url).pathname));
  for (const url of new Set(shown)) void fetch(url).catch(() => undefined);
}
