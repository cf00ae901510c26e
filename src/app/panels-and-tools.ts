// What the first view does not show, in one chunk: the panels for a selection (a site, an event, an analysis, an
// unknown link), the measuring tools and their map layer (with turf), and the take-away tools. Fetched in the
// background once the first view has settled, or at once when a link opens with one of them
// (load-panels-and-tools.ts).
import './panels-and-tools.css';
export { AnalysisReader } from '../features/panel/AnalysisReader';
export { EventPanel } from '../features/panel/EventPanel';
export { NotFound } from '../features/panel/NotFound';
export { SitePanel } from '../features/panel/SitePanel';
export { MeasureLayer } from '../features/map/MeasureLayer';
export { MeasurePanel } from '../features/measure/MeasurePanel';
export { ExportPanel } from '../features/export/ExportPanel';
