import { useMemo, useState } from 'react';
import { formatDay, todayDayNumber } from '../../content/dates';
import { shownCSV, shownGeoJSON } from '../../content/export';
import { useAtlas } from '../../state/use-atlas';
import { useI18n } from '../../state/use-i18n';
import { captureMapPng } from '../map/capture';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Take away what is shown: GeoJSON, CSV, a PNG of the map, and a citation with the permalink. */
export function ExportPanel() {
  const atlas = useAtlas();
  const { t, locale } = useI18n();
  const [today] = useState(() => todayDayNumber());
  const fc = useMemo(() => ('failed' in atlas ? null : shownGeoJSON(atlas.visible, atlas.index.content)), [atlas]);
  if ('failed' in atlas || !fc) return null;
  const { time } = atlas;
  const stamp = `${formatDay(time.date, 'day', 'en-CA')}${time.from === null ? '' : `_from_${formatDay(time.from, 'day', 'en-CA')}`}`;
  const when = time.from === null ? t('timeline.whenAsOf', { date: formatDay(time.date, 'day', locale) }) : t('timeline.whenBetween', { from: formatDay(time.from, 'day', locale), date: formatDay(time.date, 'day', locale) });
  const citation = t('export.citeText', { title: document.title, when, url: window.location.href, accessed: formatDay(today, 'day', locale) });
  return (
    <section className="export" aria-label={t('export.title')}>
      <h3>{t('export.title')}</h3>
      <button type="button" onClick={() => download(`analysis-atlas_${stamp}.geojson`, new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }))}>
        {t('export.geojson')}
      </button>
      <button type="button" onClick={() => download(`analysis-atlas_${stamp}.csv`, new Blob([shownCSV(fc)], { type: 'text/csv' }))}>
        {t('export.csv')}
      </button>
      <button
        type="button"
        onClick={() =>
          void captureMapPng().then((blob) => {
            if (blob) download(`analysis-atlas_${stamp}.png`, blob);
          })
        }
      >
        {t('export.png')}
      </button>
      <label>
        {t('export.cite')}
        <textarea readOnly rows={4} value={citation} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </section>
  );
}
