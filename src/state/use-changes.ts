import { useMemo } from 'react';
import { changesBetween, type ChangeSummary } from '../content/changes';
import { useAtlasView } from './atlas-view';

/**
 * In "between two dates" mode, what changed from the first date to the second (the sites in scope, the events
 * shown), from the one function that says it (content/changes.ts); null "as of" a date. For the panel and the
 * take-away tools, which load after the first view (so does this).
 */
export function useChanges(): ChangeSummary | null {
  const { sites, shown } = useAtlasView();
  return useMemo(() => changesBetween(sites, shown), [sites, shown]);
}
