import { onceUntilFailure, tracked } from '../state/promises';

/**
 * The chunk of what the first view does not show (later.ts), fetched once; `use` renders at once after it has
 * arrived (see promises.ts). A failed fetch is not kept: the next use tries again.
 */
export const loadLater = onceUntilFailure(() => tracked(import('./later')));
