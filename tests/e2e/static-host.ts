import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { cacheControl, cspOf, securityHeaders } from '../../scripts/publish/headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticHost {
  origin: string;
  /** The URL of the build's root (`http://127.0.0.1:1234/atlas/`). */
  root: string;
  close(): Promise<void>;
  /** Replace what a file answers (e.g. a new service worker, as a new build would ship). */
  override(path: string, body: string | null): void;
}

/**
 * A plain static file server, as GitHub Pages, an S3 bucket or `python3 -m http.server` are: a file for a path
 * that names one, a folder's index.html (after a redirect adding the slash), and 404.html with status 404 for
 * anything else; no rewriting to the app's page. Serves `dir` under `base` and sends the headers of
 * scripts/publish/headers.ts, as docs/deploy.md asks a host to (`headers: false`: none, as GitHub Pages).
 */
export async function staticHost(dir: string, base = '/', options: { headers?: boolean; httpCache?: boolean } = {}): Promise<StaticHost> {
  const csp = options.headers === false ? '' : cspOf(readFileSync(join(dir, 'index.html'), 'utf8'));
  const overrides = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const pathname = decodeURIComponent(url.pathname);
    const send = (status: number, file: string | null, body?: string) => {
      // `httpCache: false` forbids the browser's HTTP cache, so only the service worker can answer offline.
      const headers: Record<string, string> = { 'Cache-Control': options.httpCache === false ? 'no-store' : cacheControl(pathname, base) };
      if (options.headers !== false) Object.assign(headers, securityHeaders(pathname, base, csp));
      const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
      res.writeHead(status, { ...headers, 'Content-Type': type });
      if (body !== undefined) res.end(body);
      else if (file) createReadStream(file).pipe(res);
      else res.end();
    };
    const override = overrides.get(pathname);
    if (override !== undefined) return send(200, pathname, override);
    const notFound = () => send(404, join(dir, '404.html'));
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
    const inside = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, inside);
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` });
        return res.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    override: (path, body) => (body === null ? overrides.delete(path) : overrides.set(path, body)),
  };
}
