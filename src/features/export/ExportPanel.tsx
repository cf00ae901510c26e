import { useState } from 'react';
import { formatDay, todayDayNumber } from '../../content/dates';
import { shownCSV, shownGeoJSON } from '../../content/export';
import { useAtlasView } from '../../state/atlas-view';
import { permalink } from '../../state/url-state';
import { useI18n } from '../../state/use-i18n';

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

/**
 * Take away what is shown (the view model's answer: sites as they stood, events in the time and filters): GeoJSON,
 * CSV, a PNG of the map (`capturePng`, from the map; absent when it cannot be drawn), and a citation with the
 * permalink. The files are made when asked for, not on every change of the view.
 */
export function ExportPanel({ capturePng }: { capturePng: (() => Promise<Blob | null>) | null }) {
  const { shown, index, time } = useAtlasView();
  const { t, locale } = useI18n();
  const [today] = useState(() => todayDayNumber());
  const features = () => shownGeoJSON(shown, index.content);
  const stamp = `${formatDay(time.date, 'day', 'en-CA')}${time.from === null ? '' : `_from_${formatDay(time.from, 'day', 'en-CA')}`}`;
  const when = time.from === null ? t('timeline.whenAsOf', { date: formatDay(time.date, 'day', locale) }) : t('timeline.whenBetween', { from: formatDay(time.from, 'day', locale), date: formatDay(time.date, 'day', locale) });
  const citation = t('export.citeText', { title: document.title, when, url: permalink(window.location.href, time), accessed: formatDay(today, 'day', locale) });
  return (
    <section className="export" aria-label={t('export.title')}>
      <h3>{t('export.title')}</h3>
      <button type="button" onClick={() => download(`analysis-atlas_${stamp}.geojson`, new Blob([JSON.stringify(features(), null, 1)], { type: 'application/geo+json' }))}>
        {t('export.geojson')}
      </button>
      <button type="button" onClick={() => download(`analysis-atlas_${stamp}.csv`, new Blob([shownCSV(features())], { type: 'text/csv' }))}>
        {t('export.csv')}
      </button>
      {capturePng && (
        <button
          type="button"
          onClick={() =>
            void capturePng().then((blob) => {
              if (blob) download(`analysis-atlas_${stamp}.png`, blob);
            })
          }
        >
          {t('export.png')}
        </button>
      )}
      <label>
        {t('export.cite')}
        <textarea readOnly rows={4} value={citation} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </section>
  );
}
