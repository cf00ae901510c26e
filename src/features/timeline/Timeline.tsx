import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ContentIndex } from '../../content/content-index';
import { formatDay } from '../../content/dates';
import { upperBound } from '../../content/event-table';
import { visibleCounts } from '../../content/visible';
import { setPlaying, setScrub, useUiStore } from '../../state/ui-store';
import type { Extent, TimeView } from '../../state/url-state';
import { useViewActions } from '../../state/use-view';
import { useI18n } from '../../state/use-i18n';
import { countPerMonth, monthBins } from './months';
import { SliderHandle, useTrackDrag } from './TimeSlider';
import { Axis, Histogram, InRange, Marks } from './TrackDrawings';
import { MARK_BUCKETS, trackLayout } from './track-layout';
import { useScrubFollow, type ScrubTargets } from './use-scrub-follow';

const PLAY_STEP_DAYS = 7;
const PLAY_INTERVAL_MS = 120;

interface Props {
  index: ContentIndex;
  mask: Uint8Array | null;
  extent: Extent;
  time: TimeView;
}

/** The timeline under the map: histogram of events per month, event ticks, and one or two date handles. */
export function Timeline({ index, mask, extent, time }: Props) {
  const { setTime } = useViewActions();
  const { t, plural, locale, dir } = useI18n();
  const rtl = dir === 'rtl';
  const playing = useUiStore((s) => s.playing);
  // Rendered from the committed time (the URL's); a drag in progress is followed without re-rendering (below).
  const { date, from } = time;
  const { table } = index;
  const bins = useMemo(() => monthBins(extent), [extent]);
  const counts = useMemo(() => countPerMonth(mask ? table.start.filter((_, i) => mask[i] === 1) : table.start, bins), [table, bins, mask]);
  const span = extent.end - extent.start || 1;
  // Event ticks, merged into at most MARK_BUCKETS positions so 100,000 events cost the same as 100.
  const buckets = useMemo(() => {
    const used = new Set<number>();
    table.start.forEach((s, i) => {
      if (!mask || mask[i] === 1) used.add(Math.floor(((s - extent.start) / span) * MARK_BUCKETS));
    });
    return [...used].sort((a, b) => a - b);
  }, [table, mask, extent.start, span]);

  const track = useRef<HTMLDivElement>(null);
  const drag = useTrackDrag(
    track,
    extent.start,
    extent.end,
    rtl,
    (day) => {
      const base = useUiStore.getState().scrub ?? time;
      if (base.from === null) setScrub({ date: day, from: null });
      else if (Math.abs(day - base.from) < Math.abs(day - base.date)) setScrub({ date: base.date, from: Math.min(day, base.date) });
      else setScrub({ date: Math.max(day, base.from), from: base.from });
    },
    () => {
      const final = useUiStore.getState().scrub;
      if (final) setTime(final);
      setScrub(null);
    },
  );

  // Playback steps the date forward a week at a time, and stops at the latest date.
  useEffect(() => {
    if (!playing) return;
    if (time.date >= extent.latest) {
      setPlaying(false);
      return;
    }
    const t = window.setTimeout(() => setTime({ date: Math.min(extent.latest, time.date + PLAY_STEP_DAYS), from: time.from }), PLAY_INTERVAL_MS);
    return () => window.clearTimeout(t);
  }, [playing, time.date, time.from, extent.latest, setTime]);
  useEffect(() => () => setPlaying(false), []);

  const prevIndex = upperBound(table.start, date - 1) - 1;
  const nextIndex = upperBound(table.start, date);
  const prev = prevIndex >= 0 ? table.start[prevIndex] : undefined;
  const next = nextIndex < table.start.length ? table.start[nextIndex] : undefined;
  const togglePlay = () => {
    if (!playing && date >= extent.latest) setTime({ date: extent.start, from });
    setPlaying(!playing);
  };
  const setMode = (mode: 'as-of' | 'between') => setTime({ date, from: mode === 'as-of' ? null : Math.max(extent.start, date - 365) });

  const describe = useCallback(
    (at: { date: number; from: number | null }) => {
      const shown = visibleCounts({ table, sites: index.content.sites }, at.date, at.from, mask);
      const dateText = formatDay(at.date, 'day', locale);
      const fromText = at.from === null ? null : formatDay(at.from, 'day', locale);
      return {
        layout: trackLayout(extent, bins, at, rtl),
        counts: `${plural('timeline.events', shown.events)}, ${plural('timeline.sites', shown.sites)}`,
        when: fromText === null ? t('timeline.whenAsOf', { date: dateText }) : t('timeline.whenBetween', { from: fromText, date: dateText }),
        dateText,
        fromText,
      };
    },
    [table, index.content.sites, mask, locale, extent, bins, rtl, plural, t],
  );
  const now = describe(time);
  const dateHandleRef = useRef<HTMLDivElement>(null);
  const fromHandleRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef<HTMLDivElement>(null);
  const histogramClipRef = useRef<HTMLDivElement>(null);
  const marksClipRef = useRef<HTMLDivElement>(null);
  const countsRef = useRef<HTMLSpanElement>(null);
  const whenRef = useRef<HTMLSpanElement>(null);
  const targets: ScrubTargets = useMemo(
    () => ({ dateHandle: dateHandleRef, fromHandle: fromHandleRef, range: rangeRef, histogramClip: histogramClipRef, marksClip: marksClipRef, counts: countsRef, when: whenRef }),
    [],
  );
  useScrubFollow(targets, time, describe);

  return (
    <section className={rtl ? 'timeline timeline--rtl' : 'timeline'} aria-label={t('timeline.label')}>
      <div className="timeline__controls">
        <div role="group" aria-label={t('timeline.mode')} className="segmented">
          <button type="button" aria-pressed={from === null} onClick={() => setMode('as-of')}>
            {t('timeline.asOf')}
          </button>
          <button type="button" aria-pressed={from !== null} onClick={() => setMode('between')}>
            {t('timeline.between')}
          </button>
        </div>
        <button type="button" onClick={() => prev !== undefined && setTime({ date: prev, from })} disabled={prev === undefined}>
          <span aria-hidden="true">{rtl ? '▶ ' : '◀ '}</span>
          {t('timeline.prev')}
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          <span aria-hidden="true">{playing ? '❚❚ ' : rtl ? '◀ ' : '▶ '}</span>
          {t(playing ? 'timeline.pause' : 'timeline.play')}
        </button>
        <button type="button" onClick={() => next !== undefined && setTime({ date: next, from })} disabled={next === undefined}>
          {t('timeline.next')}
          <span aria-hidden="true">{rtl ? ' ◀' : ' ▶'}</span>
        </button>
        <p className="timeline__live" aria-live="polite" data-testid="live-count">
          <span ref={countsRef}>{now.counts}</span>{' '}
          <span className="timeline__when" ref={whenRef}>
            {now.when}
          </span>
        </p>
      </div>
      <div className="timeline__track" ref={track} onPointerDown={drag.onPointerDown} onPointerMove={drag.onPointerMove} onPointerUp={drag.onPointerUp} onPointerCancel={drag.onPointerUp}>
        <Histogram bins={bins} counts={counts} />
        <Marks buckets={buckets} />
        <InRange clip={now.layout.histogramClip} clipRef={histogramClipRef}>
          <Histogram bins={bins} counts={counts} highlight />
        </InRange>
        <InRange clip={now.layout.marksClip} clipRef={marksClipRef}>
          <Marks buckets={buckets} highlight />
        </InRange>
        {now.layout.range && <div className="timeline__range" ref={rangeRef} style={{ ...now.layout.range.edge, width: now.layout.range.width }} aria-hidden="true" />}
        {from !== null && now.layout.from && (
          <SliderHandle handleRef={fromHandleRef} label={t('timeline.start')} value={from} min={extent.start} max={date} onChange={(d) => setTime({ date, from: d })} className="slider-handle--from" position={now.layout.from} locale={locale} rtl={rtl} />
        )}
        <SliderHandle handleRef={dateHandleRef} label={t(from === null ? 'timeline.date' : 'timeline.end')} value={date} min={from ?? extent.start} max={extent.end} onChange={(d) => setTime({ date: d, from })} position={now.layout.date} locale={locale} rtl={rtl} />
      </div>
      <Axis bins={bins} locale={locale} start={extent.start} end={extent.end} rtl={rtl} />
    </section>
  );
}
