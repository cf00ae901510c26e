import { tracked } from '../state/tracked';

type Later = typeof import('./later');

let later: Promise<Later> | null = null;

/**
 * The chunk of what the first view does not show (later.ts), fetched once; `use` renders at once after it has
 * arrived (see tracked.ts). A failed fetch is not kept: the next use tries again.
 */
export function loadLater(): Promise<Later> {
  if (!later) {
    const loading = tracked(import('./later'));
    loading.catch(() => {
      if (later === loading) later = null;
    });
    later = loading;
  }
  return later;
}
