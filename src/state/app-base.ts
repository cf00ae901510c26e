/** The app's root URL (where index.html, geo/ and content/ are served), whatever page the reader is on. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
