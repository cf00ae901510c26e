import type { ReactNode } from 'react';
import { analysesOf } from '../../content/content-index';
import { formatDateOrRange, formatDay, parseDateOrRange } from '../../content/dates';
import { nameIn } from '../../content/names';
import type { Site } from '../../content/schema';
import { AtlasLink } from '../../components/AtlasLink';
import { NO_STATUS_STYLE, STATUS_STYLE } from '../../components/status-style';
import { useAtlasView } from '../../state/atlas-view';
import { useI18n } from '../../state/use-i18n';
import { PassageLinks } from './PassageLinks';
import { SourceList } from './SourceList';

/** Everything we know about one site, as of the selected date; `tools` (the measuring tools) go under its events. */
export function SitePanel({ site, tools }: { site: Site; tools?: ReactNode }) {
  const { index, shown } = useAtlasView();
  const { date } = shown.time;
  const { t, lang, locale } = useI18n();
  const now = shown.site(site.id)?.status ?? null;
  const style = now ? STATUS_STYLE[now.period.status] : NO_STATUS_STYLE;
  const statusLabel = t(`status.${now ? now.period.status : 'none'}`);
  const analyses = analysesOf(index, site.passages);
  const events = index.eventsAtSite.get(site.id) ?? [];
  const name = nameIn(site.names, lang);
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{t('app.pageTitle', { title: name })}</title>
      <p className="eyebrow">{t(`siteKind.${site.kind}`)}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {name}
      </h2>
      <p className="names">
        {lang !== 'en' && <span lang="en">{site.names.en}</span>}
        {lang !== 'ar' && site.names.ar && (
          <span lang="ar" dir="rtl">
            {site.names.ar}
          </span>
        )}
        {lang !== 'ru' && site.names.ru && <span lang="ru">{site.names.ru}</span>}
      </p>
      {site.names.aliases && site.names.aliases.length > 0 && <p className="muted">{t('site.also', { names: site.names.aliases.join(', ') })}</p>}

      <section className="status-now" aria-label={t('site.statusRegion')}>
        <h3>{t('site.onDate', { date: formatDay(date, 'day', locale) })}</h3>
        {site.status.length === 0 ? (
          <p>{t('site.noHistory', { label: statusLabel })}</p>
        ) : now ? (
          <>
            <p className="status-line" data-status={now.period.status}>
              <span className="swatch" style={{ background: style.hollow ? '#fff' : style.colour, borderColor: style.colour }} aria-hidden="true" />
              <strong>{statusLabel}</strong>
              {now.uncertain && <span className="tag"> {t('site.uncertain')}</span>}
            </p>
            <p lang="en">{now.period.note}</p>
            {now.period.disagreement && <p className="disagreement">{t('site.disagree', { text: now.period.disagreement })}</p>}
          </>
        ) : (
          <p>{t('site.noStatus')}</p>
        )}
      </section>

      {site.status.length > 0 && (
        <section aria-label={t('site.history')}>
          <h3>{t('site.history')}</h3>
          <ol className="history">
            {site.status.map((p, i) => {
              const s = STATUS_STYLE[p.status];
              const current = now?.index === i;
              const range = `${formatDateOrRange(p.from, locale)} – ${p.to ? formatDateOrRange(p.to, locale) : t('site.now')}`;
              return (
                <li key={i} className={current ? 'history__item history__item--current' : 'history__item'} aria-current={current ? 'true' : undefined}>
                  <span className="swatch" style={{ background: s.hollow ? '#fff' : s.colour, borderColor: s.colour }} aria-hidden="true" />
                  <div>
                    <p>
                      <strong>{t(`status.${p.status}`)}</strong> <span className="muted">{range}</span>
                    </p>
                    <p lang="en">{p.note}</p>
                    {p.disagreement && <p className="disagreement">{t('site.disagree', { text: p.disagreement })}</p>}
                    <details>
                      <summary>{t('site.sources', { count: p.sources.length })}</summary>
                      <SourceList ids={p.sources} analyses={analyses} />
                    </details>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {events.length > 0 && (
        <section aria-label={t('site.eventsHere')}>
          <h3>{t('site.eventsHere')}</h3>
          <ul className="event-list">
            {events.map((e) => {
              const span = parseDateOrRange(e.date);
              return (
                <li key={e.id}>
                  <span className="muted">{formatDateOrRange(e.date, locale)}</span>{' '}
                  <AtlasLink to={{ kind: 'event', id: e.id }} time={span ? { date: span.end, from: null } : undefined}>
                    {e.title}
                  </AtlasLink>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {tools}

      <section aria-label={t('site.discussedIn')}>
        <h3>{t('site.discussedIn')}</h3>
        <PassageLinks refs={site.passages} index={index} />
      </section>
      <p className="muted small">
        {t(`location.${site.location.precision}`)}
        {site.location.note ? `. ${site.location.note}` : ''} ({site.coordinates[1].toFixed(4)}°N, {site.coordinates[0].toFixed(4)}°E)
      </p>
    </article>
  );
}
