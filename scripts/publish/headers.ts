import { isEmbedPath } from '../../src/state/paths';

/**
 * The HTTP headers a host should send with the atlas (docs/deploy.md shows them for nginx, a CDN and GitHub Pages;
 * the static-host tests serve the build with exactly these). The Content-Security-Policy is the one index.html
 * carries in its <meta>, plus what only a header can say: who may frame the page. Embeds (under /embed/) may be
 * framed by any site; every other page by none.
 */
export function cspOf(indexHtml: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml);
  if (!match?.[1]) throw new Error('index.html has no Content-Security-Policy <meta>');
  return match[1];
}

export function securityHeaders(pathname: string, base: string, csp: string): Record<string, string> {
  // The app's own rule for what is an embed (src/state/paths.ts).
  const embed = isEmbedPath(pathname, base);
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors ${embed ? '*' : "'none'"}`,
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * How long a response may be reused: hashed assets forever; everything else (HTML, content, map data, previews, the
 * service worker) revalidated on each use, so a new build is seen at once.
 */
export function cacheControl(pathname: string, base: string): string {
  return pathname.startsWith(`${base}assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
