import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

// The browser suite runs against the test build (dist-test/: the production build plus the test hooks of
// src/features/map/test-hooks.ts), and checks the production build itself (dist/) in production.test.ts.
// `npm test` builds both.
const servers: PreviewServer[] = [];

async function serve(outDir: string): Promise<string> {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build && npm run build:test\` first (\`npm test\` does it for you).`);
  }
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return url;
}

export async function setup(project: TestProject): Promise<void> {
  project.provide('baseUrl', await serve('dist-test'));
  project.provide('productionUrl', await serve('dist'));
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.close()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    productionUrl: string;
  }
}
