import './filters.css';
import { useLocation } from 'react-router';
import { forEachRowInTime } from '../../content/event-table';
import { NO_FILTERS, rowMatches, type EventFilters } from '../../content/filters';
import { nameIn } from '../../content/names';
import { EVENT_KINDS } from '../../content/vocabulary';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { formatFilters } from '../../state/url-state';
import { useReplaceQuery } from '../../state/view-actions';

type Dimension = keyof EventFilters;

/**
 * The filters' options (FiltersPanel shows them when opened): by kind of event, actor and analysis, each with the
 * number of events it keeps in the time shown (given the other filters).
 */
export function FiltersBody() {
  const { index, filters, time } = useAtlasView();
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const replaceQuery = useReplaceQuery();
  // The events in the time shown, before any filter (the time rule, as everywhere): each option counts those it keeps.
  const inRange: number[] = [];
  forEachRowInTime(index.table, time, (i) => inRange.push(i));
  const active = filters.kinds.length + filters.actors.length + filters.analyses.length;

  const write = (next: EventFilters) => replaceQuery(formatFilters(search, next));
  const toggle = (dim: Dimension, value: string) => {
    const current = filters[dim];
    write({ ...filters, [dim]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };
  const count = (dim: Dimension, value: string) => {
    const others = { ...filters, [dim]: [value] };
    return inRange.filter((i) => rowMatches(index.table.events, i, others)).length;
  };

  const group = (dim: Dimension, title: string, options: { value: string; label: string }[]) => (
    <fieldset className="filters__group">
      <legend>{title}</legend>
      {options.map((o) => (
        <label key={o.value} className="filters__option">
          <input type="checkbox" checked={filters[dim].includes(o.value)} onChange={() => toggle(dim, o.value)} /> {o.label}{' '}
          <span className="muted">({count(dim, o.value).toLocaleString(lang)})</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <>
      {group('kinds', t('filters.kinds'), EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) })))}
      {group('actors', t('filters.actors'), index.content.actors.map((a) => ({ value: a.id, label: nameIn(a.names, lang) })))}
      {group('analyses', t('filters.analyses'), index.content.analyses.map((a) => ({ value: a.id, label: a.title })))}
      <button type="button" onClick={() => write(NO_FILTERS)} disabled={active === 0}>
        {t('filters.reset')}
      </button>
    </>
  );
}
