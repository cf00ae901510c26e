/** The app's root URL (where index.html, geo/ and content/ are served), whatever page the reader is on. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** A path inside the app without its slashes at either end (a static host may have added one at the end). */
const inner = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** The full atlas's address of a path inside the app (`/sites/khmeimim`), with its query and hash. */
export function atlasHref(path: string, search = '', hash = ''): string {
  return new URL(`${inner(path)}${search}${hash}`, appBaseUrl()).href;
}

/** The embed's address of the same view (`…/embed/sites/khmeimim?…`). */
export function embedHref(path: string, search = '', hash = ''): string {
  const rest = inner(path);
  return new URL(`embed${rest === '' ? '/' : `/${rest}`}${search}${hash}`, appBaseUrl()).href;
}
