/** Replaced at build time by vite.config.ts (`define`); absent under the test runner. */
declare const __ATLAS_CONTENT_SHA256__: { content: string | null; texts: string | null } | undefined;
