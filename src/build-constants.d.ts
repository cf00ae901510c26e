/** Replaced at build time by vite.config.ts (`define`); absent under the test runner. */
declare const __ATLAS_CONTENT_SHA256__: { content: string | null; texts: string | null } | undefined;
/** True only in the test build (`npm run build:test`): the hooks of features/map/test-hooks.ts exist. */
declare const __ATLAS_TEST_HOOKS__: boolean;
