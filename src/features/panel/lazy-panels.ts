type SelectionPanels = typeof import('./selection-panels');

let panels: Promise<SelectionPanels> | null = null;

/**
 * The selection panels' chunk, fetched once. When it settles, the promise gets the `status` and `value` (or
 * `reason`) fields React's `use` looks at first, so later selections render at once instead of suspending again.
 * A failed fetch is not kept: the next selection tries again.
 */
export function selectionPanels(): Promise<SelectionPanels> {
  if (!panels) {
    const loading = import('./selection-panels');
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      (reason: unknown) => {
        Object.assign(loading, { status: 'rejected', reason });
        if (panels === loading) panels = null;
      },
    );
    panels = loading;
  }
  return panels;
}
