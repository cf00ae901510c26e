/// <reference types="vite-plugin-pwa/vanillajs" />
/** Replaced at build time by vite.config.ts (`define`); absent under the test runner. */
declare const __ATLAS_CONTENT_SHA256__: { content: string | null; events: string | null; texts: string | null } | undefined;
/** True only in the test build (`npm run build:test`): the hooks of features/map/test-hooks.ts exist. */
declare const __ATLAS_TEST_HOOKS__: boolean;
/** True in a build that registers the service worker (the production build; not the test build, nor the dev server). */
declare const __ATLAS_SERVICE_WORKER__: boolean;
