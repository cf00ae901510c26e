import { onceUntilFailure, tracked } from '../lib/promises';

/**
 * The chunk of panels and tools (panels-and-tools.ts), fetched once; `use` renders at once after it has arrived
 * (see lib/promises.ts). A failed fetch is not kept: the next use tries again.
 */
export const loadPanelsAndTools = onceUntilFailure(() => tracked(import('./panels-and-tools')));
