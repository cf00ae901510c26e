import { useState } from 'react';
import { useLocation } from 'react-router';
import { formatDay, todayDayNumber } from '../../content/dates';
import { shownCSV, shownGeoJSON } from '../../content/export';
import { useAtlasView } from '../../state/atlas-view';
import { escapeHtml } from '../../lib/escape-html';
import { embedHref } from '../../state/app-base';
import { permalink } from '../../state/url-state';
import { useI18n } from '../../state/use-i18n';
import { viewTitle } from '../../state/view-title';

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
 * "Embed this view": the <iframe> for the embed of the view as it is (selection, time, filters, language, viewport),
 * written when opened and again when focused (the map keeps the viewport in the hash as it moves).
 */
function EmbedSnippet() {
  const view = useAtlasView();
  const i18n = useI18n();
  const { pathname, search } = useLocation();
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  const src = permalink(embedHref(pathname, search, window.location.hash), view.time);
  const title = i18n.t('embed.frameTitle', { title: viewTitle(view, i18n) });
  const snippet = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="800" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return (
    <details className="export__embed" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{i18n.t('export.embed')}</summary>
      <label>
        {i18n.t('export.embedHint')}
        <textarea
          readOnly
          rows={4}
          value={open ? snippet : ''}
          onFocus={(e) => {
            refresh((n) => n + 1);
            e.currentTarget.select();
          }}
        />
      </label>
    </details>
  );
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
      <EmbedSnippet />
      <label>
        {t('export.cite')}
        <textarea readOnly rows={4} value={citation} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </section>
  );
}
