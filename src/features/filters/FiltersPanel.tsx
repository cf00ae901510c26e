import { lazy, Suspense, useState } from 'react';
import { hasFilters } from '../../content/filters';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';

// The options and their counts are fetched and worked out when the reader opens the filters, not with the first view.
const FiltersBody = lazy(() => import('./FiltersBody').then((m) => ({ default: m.FiltersBody })));

/**
 * Filters by kind of event, actor and analysis, each option with the number of events it keeps in the time shown
 * (given the other filters). They live in the URL (`?kinds=…&actors=…&analyses=…`) and combine with the timeline.
 */
export function FiltersPanel() {
  const { filters } = useAtlasView();
  const { t } = useI18n();
  // Open at first when the link carries filters; after that the reader opens and closes it (unchecking the last
  // filter must not snap the group shut under the pointer).
  const [openAtFirst] = useState(() => hasFilters(filters));
  const [open, setOpen] = useState(openAtFirst);
  const active = filters.kinds.length + filters.actors.length + filters.analyses.length;
  return (
    <details className="filters" open={openAtFirst} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('filters.title')}
        {active > 0 && <span className="tag"> {t('filters.active', { count: active })}</span>}
      </summary>
      {open && (
        <Suspense fallback={<p role="status">{t('app.loadingContent')}</p>}>
          <FiltersBody />
        </Suspense>
      )}
    </details>
  );
}
