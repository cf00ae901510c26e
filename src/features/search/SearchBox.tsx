import './search.css';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { parseDateOrRange } from '../../content/dates';
import type { ContentIndex } from '../../content/content-index';
import { nameIn } from '../../content/names';
import type { MapEvent } from '../../content/texts';
import type { SearchEntry, SearchHit, SearchKind } from '../../content/search-index';
import { appBaseUrl } from '../../state/app-base';
import { requestCamera } from '../../state/ui-store';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { useNarrowScreen } from '../../state/use-narrow-screen';
import { useViewActions } from '../../state/view-actions';
import { useSearch } from './use-search';

interface PlaceFeature {
  properties: { kind: string; name: string; name_ar?: string; name_ru?: string };
  geometry: { coordinates: [number, number] };
}

let placesPromise: Promise<SearchEntry[]> | undefined;
/** Basemap places, the world's, fetched the first time the reader searches (the map does not share its data). */
function basemapPlaces(): Promise<SearchEntry[]> {
  placesPromise ??= fetch(new URL('geo/world-places.json', appBaseUrl()).href)
    .then((r) => (r.ok ? (r.json() as Promise<{ features: PlaceFeature[] }>) : { features: [] }))
    .then((fc) =>
      fc.features.map((f, i) => ({
        kind: 'place' as const,
        id: `place-${i}`,
        label: f.properties.name,
        names: [f.properties.name, f.properties.name_ar ?? '', f.properties.name_ru ?? ''],
        at: f.geometry.coordinates,
      })),
    )
    .catch(() => []);
  return placesPromise;
}

const GROUPS: SearchKind[] = ['site', 'event', 'analysis', 'place'];

/** The names of an event's place: its site's or its area's (all languages and aliases), or its own point's name. */
function placeNames(place: MapEvent['place'], index: ContentIndex): string[] {
  const names = 'site' in place ? index.sites.get(place.site)?.names : 'area' in place ? index.areas.get(place.area)?.names : undefined;
  if (!names) return 'name' in place ? [place.name] : [];
  return [names.en, names.ar ?? '', names.ru ?? '', ...(names.aliases ?? [])];
}

/** One box that finds sites, events, analyses and basemap places by any of their names, keyboard-driven. */
export function SearchBox() {
  const { index: content } = useAtlasView();
  const { t, lang } = useI18n();
  const narrow = useNarrowScreen();
  const { select } = useViewActions();
  const id = useId();
  const [query, setQuery] = useState('');
  // The highlighted option (ARIA combobox with a list popup): none until ↓ or ↑ moves to one.
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [places, setPlaces] = useState<SearchEntry[]>([]);

  useEffect(() => {
    if (open && places.length === 0) void basemapPlaces().then(setPlaces);
  }, [open, places.length]);

  // Every site, analysis, event and basemap place, made into entries once the box is first used (and again only when
  // the content, the language or the places change: not each time the box opens, which rebuilt the index).
  const used = open || places.length > 0;
  const entries = useMemo(() => {
    if (!used) return [];
    const c = content.content;
    return [
      ...c.sites.map((s) => ({ kind: 'site' as const, id: s.id, label: nameIn(s.names, lang), names: [s.id, s.names.en, s.names.ar ?? '', s.names.ru ?? '', ...(s.names.aliases ?? [])] })),
      ...c.analyses.map((a) => ({ kind: 'analysis' as const, id: a.id, label: a.title, names: [a.title, a.publisher] })),
      // An event is also found by its place's names, in every language the content gives them.
      // Read row by row from the events' columns: no event is made for the index.
      ...Array.from({ length: c.events.length }, (_, i) => ({ kind: 'event' as const, id: c.events.id(i), label: c.events.title(i), names: [c.events.title(i), ...placeNames(c.events.place(i), content)] })),
      ...places,
    ];
  }, [content, lang, places, used]);
  const { hits, totals } = useSearch(entries, query);
  const ordered: SearchHit[] = GROUPS.flatMap((g) => hits.filter((h) => h.entry.kind === g));

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const e = hit.entry;
    if (e.kind === 'place' && e.at) requestCamera(e.at, 9);
    else if (e.kind === 'event') {
      const span = content.events.get(e.id);
      const d = span ? parseDateOrRange(span.date) : null;
      select({ kind: 'event', id: e.id }, d ? { date: d.end, from: null } : undefined);
    } else select({ kind: e.kind === 'site' ? 'site' : 'analysis', id: e.id });
    setOpen(false);
    setQuery('');
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown') setActive((a) => Math.min(ordered.length - 1, a + 1));
    else if (ev.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    // Enter takes the highlighted option, or the best match when none is highlighted yet.
    else if (ev.key === 'Enter') choose(ordered[active] ?? ordered[0]);
    else if (ev.key === 'Escape') setOpen(false);
    else return;
    ev.preventDefault();
  };
  const showList = open && query.trim() !== '';
  const optionId = (i: number) => `${id}-opt-${i}`;

  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && ordered[active] ? optionId(active) : undefined}
        // The examples (a name in three scripts) need room a phone's header does not have.
        placeholder={t(narrow ? 'search.placeholderShort' : 'search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div id={`${id}-list`} role="listbox" aria-label={t('search.label')} className="search__list">
          {ordered.length === 0 && <p className="search__none">{t('search.none', { query })}</p>}
          {GROUPS.map((g) => {
            const group = ordered.filter((h) => h.entry.kind === g);
            if (group.length === 0) return null;
            return (
              <div key={g} role="group" aria-label={t(`search.group.${g}`)}>
                <p className="search__group" aria-hidden="true">
                  {t(`search.group.${g}`)}
                  {(totals[g] ?? 0) > group.length && <span className="search__more"> {t('search.more', { shown: group.length, total: totals[g] ?? 0 })}</span>}
                </p>
                {group.map((h) => {
                  const n = ordered.indexOf(h);
                  return (
                    <div
                      key={`${h.entry.kind}-${h.entry.id}`}
                      id={optionId(n)}
                      role="option"
                      aria-selected={n === active}
                      className={n === active ? 'search__option search__option--active' : 'search__option'}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        choose(h);
                      }}
                      onMouseEnter={() => setActive(n)}
                    >
                      <bdi>{h.entry.label}</bdi>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
