/**
 * Marks a promise with the `status` and `value` (or `reason`) fields React's `use` reads before suspending, as it
 * settles: a component that asks again for a promise that has already settled then renders at once.
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
  );
  return promise;
}
