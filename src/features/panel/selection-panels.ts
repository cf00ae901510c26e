// What the panel shows for a selection (a site, an event, an analysis, or an unknown link): not needed by the first
// view's overview, so these come in their own chunk, fetched the first time something is selected (Panel.tsx).
export { AnalysisReader } from './AnalysisReader';
export { EventPanel } from './EventPanel';
export { NotFound } from './NotFound';
export { SitePanel } from './SitePanel';
