/**
 * Marks a promise with the `status` and `value` (or `reason`) fields React's `use` reads before suspending, as it
 * settles: a component that asks again for a promise that has already settled then renders at once.
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  // The handlers return nothing: returning the promise itself would make this chain reject again, unhandled.
  promise.then(
    (value) => {
      Object.assign(promise, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(promise, { status: 'rejected', reason });
    },
  );
  return promise;
}

/**
 * `load`, run once: every call gets the same promise. A failure is not kept, so the call after it tries again.
 */
export function onceUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  return () => {
    if (!current) {
      const loading = load();
      loading.catch(() => {
        if (current === loading) current = null;
      });
      current = loading;
    }
    return current;
  };
}
