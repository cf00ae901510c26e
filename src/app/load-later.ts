type Later = typeof import('./later');

let later: Promise<Later> | null = null;

/**
 * The chunk of what the first view does not show (later.ts), fetched once. When it settles, the promise gets the `status` and `value` (or
 * `reason`) fields React's `use` looks at first, so later uses render at once instead of suspending again.
 * A failed fetch is not kept: the next use tries again.
 */
export function loadLater(): Promise<Later> {
  if (!later) {
    const loading = import('./later');
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      (reason: unknown) => {
        Object.assign(loading, { status: 'rejected', reason });
        if (later === loading) later = null;
      },
    );
    later = loading;
  }
  return later;
}
