import { useState } from 'react';
import { useLocation } from 'react-router';
import { formatDay, isoDay, todayDayNumber } from '../../content/dates';
import { shownCSV, shownGeoJSON } from '../../content/export';
import { useAtlasView } from '../../state/atlas-view';
import { EVENT_COLOUR, NO_STATUS_STYLE, STATUS_STYLE } from '../../components/status-style';
import { SITE_STATUSES } from '../../content/vocabulary';
import { escapeHtml } from '../../lib/escape-html';
import { embedHref } from '../../state/app-base';
import { permalink } from '../../state/url-state';
import { useI18n } from '../../state/use-i18n';
import { changeSentence } from '../../state/change-words';
import { useChanges } from '../../state/use-changes';
import { viewTitle } from '../../state/view-title';
import { mapCard, type MapCardText } from './map-card';

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
  const view = useAtlasView();
  const { shown, index, time } = view;
  const changes = useChanges();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [today] = useState(() => todayDayNumber());
  const features = () => shownGeoJSON(shown, index.content, changes);
  // File names carry ISO dates (no spaces or commas, whatever the browser's locale data): …_2025-06-01.csv.
  const stamp = `${isoDay(time.date)}${time.from === null ? '' : `_from_${isoDay(time.from)}`}`;
  const when = time.from === null ? t('timeline.whenAsOf', { date: formatDay(time.date, 'day', locale) }) : t('timeline.whenBetween', { from: formatDay(time.from, 'day', locale), date: formatDay(time.date, 'day', locale) });
  // What the map image says around the map: the view, its time, the legend of what is on it, credits and link.
  const cardText = (): MapCardText => {
    const statuses = new Set(shown.sites.map((s) => s.status?.period.status ?? null));
    const legend: MapCardText['legend'] = [
      ...SITE_STATUSES.filter((status) => statuses.has(status)).map((status) => ({ label: t(`status.${status}`), colour: STATUS_STYLE[status].colour, shape: STATUS_STYLE[status].hollow ? ('hollow-diamond' as const) : ('diamond' as const) })),
      ...(statuses.has(null) ? [{ label: t('status.none'), colour: NO_STATUS_STYLE.colour, shape: 'diamond' as const }] : []),
      ...(shown.eventCount > 0 ? [{ label: t('legend.event'), colour: EVENT_COLOUR, shape: 'dot' as const }] : []),
    ];
    return { title: viewTitle(view, i18n), when, legend, credit: t('export.pngCredit'), url: permalink(window.location.href, time), dir: i18n.dir };
  };
  const cited = t('export.citeText', { title: document.title, when, url: permalink(window.location.href, time), accessed: formatDay(today, 'day', locale) });
  // Between two dates, the citation carries what changed, as the panel lists it.
  const changed = changes && changes.sites.length > 0 ? t('changes.cite', { list: changes.sites.map((c) => changeSentence(c, i18n)).join('; ') }) : '';
  const citation = changed ? `${cited}\n${changed}` : cited;
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
            void capturePng()
              .then((blob) => blob && mapCard(blob, cardText(), window.devicePixelRatio || 1))
              .then((blob) => {
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
