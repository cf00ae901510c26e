import './reader.css';
import { useEffect, useRef } from 'react';
import type { ContentIndex } from '../../content/content-index';
import { passageRef } from '../../content/content-index';
import { formatDateOrRange, parseDateOrRange } from '../../content/dates';
import type { AnalysisHead } from '../../content/texts';
import { AtlasLink } from '../../components/AtlasLink';
import { Cited, NumberingProvider, References, numberSources } from '../../components/References';
import { useAtlasView } from '../../state/atlas-view';
import { useTexts } from '../../state/content-store';
import { setHighlight, setReadAlong, useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { nameIn } from '../../content/names';
import { useReadAlong } from './use-read-along';

function mentionIds(index: ContentIndex, analysisId: string, anchor: string): string[] {
  const m = index.passageMentions.get(passageRef(analysisId, anchor));
  return m ? [...m.sites.map((s) => s.id), ...m.events.map((e) => e.id)] : [];
}

/**
 * The analysis, passage by passage, in our own summary. Every site and event a passage discusses is a link that
 * selects it (and moves the timeline to an event's date); the passage the reader is on is highlighted on the map.
 */
export function AnalysisReader({ analysis, passage }: { analysis: AnalysisHead; passage?: string }) {
  const { index } = useAtlasView();
  const { t, lang, locale } = useI18n();
  // The summary and passage texts (texts.json); without them the reader still lists the passages and what they discuss.
  const texts = useTexts();
  const whole = texts.ok ? texts.texts.analyses.get(analysis.id) : undefined;
  const textOf = (anchor: string) => whole?.passages.find((p) => p.anchor === anchor)?.text ?? '';
  const current = passage && analysis.passages.some((p) => p.anchor === passage) ? passage : undefined;

  useEffect(() => {
    setHighlight(current ? mentionIds(index, analysis.id, current) : []);
    return () => setHighlight([]);
  }, [index, analysis.id, current]);
  const list = useRef<HTMLOListElement>(null);
  const reading = useReadAlong(analysis, current, list);
  const readAlong = useUiStore((s) => s.readAlong);

  const onReader = (anchor: string | undefined) => setHighlight(anchor ? mentionIds(index, analysis.id, anchor) : []);
  // A passage may cite the source of one of its sentences ([@id]): numbered in reading order, listed at the end.
  const numbering = numberSources([whole?.summary, ...analysis.passages.map((p) => textOf(p.anchor))]);

  return (
    <NumberingProvider value={numbering}>
    <article className="panel-body reader" aria-labelledby="panel-title" onMouseLeave={() => onReader(current)}>
      <title>{t('app.pageTitle', { title: `${current ? `${analysis.passages.find((p) => p.anchor === current)?.title ?? ''} — ` : ''}${analysis.title}` })}</title>
      <p className="eyebrow">{t('analysis.eyebrow', { publisher: analysis.publisher })}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {analysis.title}
      </h2>
      <p className="muted">
        {analysis.author ?? t('analysis.noAuthor')} · {t('analysis.published', { date: formatDateOrRange(analysis.published, locale) })}
        {' · '}
        {t('analysis.region', { region: analysis.region })}
        {analysis.url ? (
          <>
            {' '}
            ·{' '}
            <a href={analysis.url} rel="noopener noreferrer nofollow" target="_blank">
              {t('analysis.original')}
            </a>
          </>
        ) : (
          ` · ${t('analysis.originalUnknown')}`
        )}
      </p>
      {whole?.publishedNote && (
        <p className="muted small" lang="en">
          <Cited text={whole.publishedNote} />
        </p>
      )}
      {texts.ok ? (
        <p className="summary" lang="en">
          <Cited text={whole?.summary ?? ''} />
        </p>
      ) : (
        <p role="status">{t('texts.unavailable', { reason: texts.reason })}</p>
      )}
      <p className="muted small">{t('analysis.ourWords')}</p>
      <div className="reader__bar" role="group" aria-label={t('reader.controls')}>
        <label>
          <input type="checkbox" checked={readAlong} onChange={(e) => setReadAlong(e.currentTarget.checked)} /> {t('reader.follow')}
        </label>
        <button type="button" disabled={!reading.previous} onClick={() => reading.previous && reading.go(reading.previous)} aria-keyshortcuts="k">
          {t('reader.previous')}
        </button>
        <button type="button" disabled={!reading.next && current !== undefined} onClick={() => reading.go(reading.next ?? analysis.passages[0]?.anchor ?? '')} aria-keyshortcuts="j">
          {t('reader.next')}
        </button>
      </div>
      <ol className="passages" lang="en" ref={list}>
        {analysis.passages.map((p, i) => {
          const mentions = index.passageMentions.get(passageRef(analysis.id, p.anchor));
          return (
            <li
              key={p.anchor}
              id={`passage-${p.anchor}`}
              data-anchor={p.anchor}
              className={p.anchor === current ? 'passage passage--current' : 'passage'}
              onMouseEnter={() => onReader(p.anchor)}
              onFocus={() => onReader(p.anchor)}
            >
              <h3>
                <AtlasLink to={{ kind: 'analysis', id: analysis.id, passage: p.anchor }} time={reading.momentOf(p.anchor)}>
                  §{i + 1} {p.title}
                </AtlasLink>
              </h3>
              {textOf(p.anchor).split(/\n\s*\n/).filter((para) => para.trim() !== '').map((para, k) => (
                <p key={k}>
                  <Cited text={para.replace(/\s*\n\s*/g, ' ')} />
                </p>
              ))}
              {mentions && (mentions.sites.length > 0 || mentions.events.length > 0) && (
                <p className="mentions">
                  {t('analysis.onMap')}{' '}
                  {mentions.sites.map((s) => (
                    <AtlasLink key={s.id} to={{ kind: 'site', id: s.id }} className="chip chip--site">
                      <bdi>{nameIn(s.names, lang)}</bdi>
                    </AtlasLink>
                  ))}
                  {mentions.events.map((e) => {
                    const span = parseDateOrRange(e.date);
                    return (
                      <AtlasLink key={e.id} to={{ kind: 'event', id: e.id }} time={span ? { date: span.end, from: null } : undefined} className="chip chip--event">
                        <bdi>{e.title}</bdi> <span className="muted">({formatDateOrRange(e.date, locale)})</span>
                      </AtlasLink>
                    );
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <References numbering={numbering} analyses={[analysis]} />
    </article>
    </NumberingProvider>
  );
}
