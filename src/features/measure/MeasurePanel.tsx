import { useLocation } from 'react-router';
import { eventPosition } from '../../content/geojson';
import { distanceKm } from '../../content/measure';
import { nameIn } from '../../content/names';
import type { MapSite } from '../../content/texts';
import { AtlasLink } from '../../components/AtlasLink';
import { useAtlasView } from '../../state/atlas-view';
import { setMeasurePicking, useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { formatMeasure, MEASURE_KEY, parseMeasure, parseRing, RING_KEY, withParam } from '../../state/url-state';
import { useReplaceQuery } from '../../state/view-actions';

const MAX_LISTED = 50;

/**
 * Distance from this site to another site or a clicked point, and a range ring with the events inside it: the
 * events the map shows (the view model's, at the time and under the filters) that lie within the radius.
 */
export function MeasurePanel({ site }: { site: MapSite }) {
  const { index, shown } = useAtlasView();
  const { t, lang, locale } = useI18n();
  const { search } = useLocation();
  const replaceQuery = useReplaceQuery();
  const picking = useUiStore((s) => s.measurePicking) === site.id;
  const measure = parseMeasure(search);
  const ring = parseRing(search);
  const write = (key: string, value: string | null) => replaceQuery(withParam(search, key, value));

  const mine = measure && measure.from === site.id ? measure : null;
  const target = mine ? ('site' in mine.to ? index.sites.get(mine.to.site) : null) : null;
  const targetPoint = mine ? ('site' in mine.to ? target?.coordinates : mine.to.point) : undefined;
  const km = targetPoint ? distanceKm(site.coordinates, targetPoint) : null;
  const fmt = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

  let within: { id: string; title: string; km: number }[] = [];
  if (ring !== null) {
    within = shown
      .events()
      .flatMap((e) => {
        const p = eventPosition(e, index.content);
        const d = p ? distanceKm(site.coordinates, p) : Infinity;
        return d <= ring ? [{ id: e.id, title: e.title, km: d }] : [];
      })
      .sort((a, b) => a.km - b.km);
  }

  return (
    <section className="measure" aria-label={t('measure.title')}>
      <h3>{t('measure.title')}</h3>
      <label className="measure__row">
        {t('measure.distanceTo')}{' '}
        <select
          value={mine && 'site' in mine.to ? mine.to.site : ''}
          onChange={(e) => write(MEASURE_KEY, e.target.value ? formatMeasure({ from: site.id, to: { site: e.target.value } }) : null)}
        >
          <option value="">{t('measure.choose')}</option>
          {index.content.sites
            .filter((s) => s.id !== site.id)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {nameIn(s.names, lang)}
              </option>
            ))}
        </select>
      </label>
      <p>
        <button type="button" aria-pressed={picking} onClick={() => setMeasurePicking(picking ? null : site.id)}>
          {picking ? t('measure.clickingNow') : t('measure.clickPoint')}
        </button>
        {mine && (
          <button type="button" onClick={() => write(MEASURE_KEY, null)}>
            {t('measure.clear')}
          </button>
        )}
      </p>
      {km !== null && (
        <p className="measure__result" data-testid="distance">
          {t('measure.result', { from: nameIn(site.names, lang), to: target ? nameIn(target.names, lang) : t('measure.point'), km: fmt(km) })}
        </p>
      )}
      <label className="measure__row">
        {t('measure.ring')}{' '}
        <input
          type="number"
          min={1}
          max={5000}
          step={10}
          inputMode="numeric"
          defaultValue={ring ?? ''}
          key={ring ?? 'none'}
          onChange={(e) => {
            const v = Number(e.target.value);
            write(RING_KEY, e.target.value === '' || !Number.isFinite(v) || v < 1 ? null : String(Math.min(5000, Math.round(v))));
          }}
        />
      </label>
      {ring !== null && (
        <>
          <p data-testid="within">{t('measure.within', { km: ring, count: within.length })}</p>
          <ul className="event-list">
            {within.slice(0, MAX_LISTED).map((e) => (
              <li key={e.id}>
                <span className="muted">{t('measure.km', { km: fmt(e.km) })}</span> <AtlasLink to={{ kind: 'event', id: e.id }}>{e.title}</AtlasLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
