import './references.css';
import { createContext, useContext, type MouseEvent } from 'react';
import { citedIds, parseCitations } from '../content/citations';
import { formatDateOrRange } from '../content/dates';
import { isLaterSource } from '../content/source-timing';
import type { AnalysisHead } from '../content/texts';
import { useTexts } from '../state/content-store';
import { useI18n } from '../state/use-i18n';

/**
 * Numbered references. A panel gathers, in reading order, every source it cites (inside prose, as `[@id]`, and in
 * the items' own source lists), numbers them from 1, and lists them once at its end; each citation in the text is a
 * superscript number that leads there. So every claim shows which source supports it, and no source is cited for
 * what it does not say.
 */
export type Numbering = ReadonlyMap<string, number>;

/** Numbers the sources in the order the panel shows them: `parts` are prose (whose citations count) and id lists. */
export function numberSources(parts: readonly (string | readonly string[] | undefined)[]): Numbering {
  const numbers = new Map<string, number>();
  for (const part of parts) {
    if (part === undefined) continue;
    for (const id of typeof part === 'string' ? citedIds(part) : part) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

const NumberingContext = createContext<Numbering>(new Map());
export const NumberingProvider = NumberingContext.Provider;

function goTo(n: number) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    // The URL's hash holds the map's viewport: move to the reference without touching it.
    e.preventDefault();
    const target = document.getElementById(`ref-${n}`);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus({ preventScroll: true });
  };
}

/** Superscript reference numbers for some sources. */
export function Refs({ ids }: { ids: readonly string[] }) {
  const numbers = useContext(NumberingContext);
  const { t } = useI18n();
  return (
    <sup className="refs">
      {ids.map((id) => {
        const n = numbers.get(id);
        return n === undefined ? null : (
          <a key={id} href={`#ref-${n}`} onClick={goTo(n)} aria-label={t('references.cite', { n })} className="ref">
            {n}
          </a>
        );
      })}
    </sup>
  );
}

/** Prose of ours with its citations shown as reference numbers. */
export function Cited({ text }: { text: string }) {
  return (
    <>
      {parseCitations(text).map((part, i) => ('cite' in part ? <Refs key={i} ids={part.cite} /> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** "Sources: 1 2" for an item's own source list. */
export function SourceRefs({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  return (
    <p className="muted small source-refs">
      {t('references.sources')} <Refs ids={ids} />
    </p>
  );
}

/** The numbered list at the end of a panel: each source with its date, a caution where it needs one, and whether it came later than the analysis. */
export function References({ numbering, analyses }: { numbering: Numbering; analyses: readonly AnalysisHead[] }) {
  const { t, locale } = useI18n();
  const texts = useTexts();
  if (numbering.size === 0) return null;
  return (
    <section className="references" aria-labelledby="references-title">
      <h3 id="references-title">{t('references.title')}</h3>
      {!texts.ok ? (
        <p role="status">{t('texts.unavailable', { reason: texts.reason })}</p>
      ) : (
        <ol className="sources">
          {[...numbering].map(([id, n]) => {
            const source = texts.texts.sources.get(id);
            if (!source) return <li key={id} id={`ref-${n}`} value={n} tabIndex={-1}>{t('source.unknown', { id })}</li>;
            const later = analyses.length > 0 && analyses.every((a) => isLaterSource(source, a));
            const label = `${source.title} — ${source.publisher}${source.date ? `, ${formatDateOrRange(source.date, locale)}` : ''}`;
            return (
              <li key={id} id={`ref-${n}`} value={n} tabIndex={-1}>
                <span lang="en">
                  {source.url ? (
                    <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </span>
                {later && <span className="tag tag--later"> {t('source.later')}</span>}
                {source.reliability && (
                  <span className="reliability">
                    {' '}
                    <span className="tag tag--caution">{t(`reliability.${source.reliability.flag}`)}</span> <span lang="en">{source.reliability.note}</span>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
