// What the first view does not show: the panels for a selection (a site, an event, an analysis, an unknown link),
// the distance and range-ring layer, and the take-away tools. They come in one chunk, fetched in the background once
// the first view has settled, or at once when a link opens with one of them (see load-later.ts).
export { AnalysisReader } from '../features/panel/AnalysisReader';
export { EventPanel } from '../features/panel/EventPanel';
export { NotFound } from '../features/panel/NotFound';
export { SitePanel } from '../features/panel/SitePanel';
export { MeasureLayer } from '../features/map/MeasureLayer';
export { ExportPanel } from '../features/export/ExportPanel';
