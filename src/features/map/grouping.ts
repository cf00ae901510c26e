/**
 * When events are grouped into circles (event-grid.ts, drawn by event-cells-layer.ts, which the page fetches only
 * for content with more events than this): apart, so the legend and the map can ask without loading the grid.
 */
/** Below this many events, every event is drawn as its own dot at every zoom. */
export const GRID_ABOVE_EVENTS = 4000;
/** From this zoom in, events are drawn as dots again (a cell there is a few hundred metres wide). */
export const GRID_BELOW_ZOOM = 10;
