import { useCallback, useEffect, useMemo, useRef } from 'react';
import { formatDay } from '../../content/dates';
import { upperBound } from '../../content/event-table';
import type { Shown } from '../../content/shown';
import type { TimeQuery } from '../../content/time-rule';
import { useAtlasView } from '../../state/atlas-view';
import { setPlaying, setScrub, useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { useViewActions } from '../../state/view-actions';
import { binRows, monthBins } from './months';
import { DateField } from './DateField';
import { SliderHandle } from './SliderHandle';
import { Axis, Histogram, InRange, Marks } from './TrackDrawings';
import { MARK_BUCKETS, nearestShownStart, trackLayout } from './track-layout';
import { useScrubFollow, type ScrubTargets, type TimeDescription } from './use-scrub-follow';
import { useTrackDrag } from './use-track-drag';

const PLAY_STEP_DAYS = 7;
const PLAY_INTERVAL_MS = 120;

/**
 * The timeline under the map: histogram of events per month (the part shown at the time highlighted), event
 * ticks, one or two date handles, and the live line saying what is shown. Everything it says about what is shown
 * comes from the view model.
 */
export function Timeline() {
  const view = useAtlasView();
  const { index, extent, filter, time, shown } = view;
  const { setTime } = useViewActions();
  const { t, plural, locale, dir } = useI18n();
  const rtl = dir === 'rtl';
  const playing = useUiStore((s) => s.playing);
  // Rendered from the committed time (the URL's); a drag in progress is followed without re-rendering (below).
  const { date, from } = time;
  const { table } = index;
  const bins = useMemo(() => monthBins(extent), [extent]);
  const bounds = useMemo(() => binRows(table.start, bins), [table, bins]);
  // Events per month under the filters, whatever the time: the full bars.
  const counts = useMemo(
    () => bins.map((_, i) => {
      const lo = bounds[i] ?? 0;
      const hi = bounds[i + 1] ?? 0;
      return filter ? (filter.keptBefore[hi] ?? 0) - (filter.keptBefore[lo] ?? 0) : hi - lo;
    }),
    [bins, bounds, filter],
  );
  const maxCount = Math.max(1, ...counts);
  const span = extent.end - extent.start || 1;
  // Event ticks, merged into at most MARK_BUCKETS positions so 100,000 events cost the same as 100.
  const buckets = useMemo(() => {
    const used = new Set<number>();
    table.start.forEach((s, i) => {
      if (!filter || filter.keep[i] === 1) used.add(Math.floor(((s - extent.start) / span) * MARK_BUCKETS));
    });
    return [...used].sort((a, b) => a - b);
  }, [table, filter, extent.start, span]);

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
    // A click (not a drag) lands on the nearest event within a few pixels: a pixel of the track is days wide.
    (day, radius) => nearestShownStart(table.start, filter?.keep ?? null, day, radius) ?? day,
  );

  // Playback steps the date forward a week at a time, and stops at the latest date.
  useEffect(() => {
    if (!playing) return;
    if (time.date >= extent.latest) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setTime({ date: Math.min(extent.latest, time.date + PLAY_STEP_DAYS), from: time.from }), PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
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
    (at: Shown): TimeDescription => {
      const when: TimeQuery = at.time;
      const dateText = formatDay(when.date, 'day', locale);
      const fromText = when.from === null ? null : formatDay(when.from, 'day', locale);
      return {
        layout: trackLayout(extent, when, rtl),
        counts: t('timeline.counts', { events: plural('timeline.events', at.eventCount), sites: plural('timeline.sites', at.sites.length) }),
        when: fromText === null ? t('timeline.whenAsOf', { date: dateText }) : t('timeline.whenBetween', { from: fromText, date: dateText }),
        dateText,
        fromText,
        shownPerBin: bins.map((_, i) => at.countRows(bounds[i] ?? 0, bounds[i + 1] ?? 0)),
      };
    },
    [locale, extent, bins, bounds, rtl, plural, t],
  );
  const now = describe(shown);
  const dateHandleRef = useRef<HTMLDivElement>(null);
  const fromHandleRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef<HTMLDivElement>(null);
  const shownHistogramRef = useRef<SVGSVGElement>(null);
  const marksClipRef = useRef<HTMLDivElement>(null);
  const countsRef = useRef<HTMLSpanElement>(null);
  const whenRef = useRef<HTMLSpanElement>(null);
  const dateInputRef = useRef<HTMLInputElement>(null);
  const fromInputRef = useRef<HTMLInputElement>(null);
  const targets: ScrubTargets = useMemo(
    () => ({ dateHandle: dateHandleRef, fromHandle: fromHandleRef, range: rangeRef, shownHistogram: shownHistogramRef, marksClip: marksClipRef, counts: countsRef, when: whenRef, dateInput: dateInputRef, fromInput: fromInputRef }),
    [],
  );
  useScrubFollow(targets, view, maxCount, describe);

  return (
    <section className={rtl ? 'timeline timeline--rtl' : 'timeline'} aria-label={t('timeline.label')}>
      <div className="timeline__controls">
        <div role="group" aria-label={t('timeline.mode')} className="segmented">
          <button type="button" aria-pressed={from === null} onClick={() => setMode('as-of')} aria-label={t('timeline.asOf')}>
            {t('timeline.asOfShort')}
          </button>
          <button type="button" aria-pressed={from !== null} onClick={() => setMode('between')} aria-label={t('timeline.between')}>
            {t('timeline.betweenShort')}
          </button>
        </div>
        <span className="timeline__dates">
          {from !== null && <DateField inputRef={fromInputRef} label={t('timeline.start')} value={from} min={extent.start} max={date} end="first" onChange={(d) => setTime({ date, from: d })} />}
          {from !== null && <span aria-hidden="true">–</span>}
          <DateField inputRef={dateInputRef} label={t(from === null ? 'timeline.date' : 'timeline.end')} value={date} min={from ?? extent.start} max={extent.end} end="last" onChange={(d) => setTime({ date: d, from })} />
        </span>
        <button type="button" onClick={() => prev !== undefined && setTime({ date: prev, from })} disabled={prev === undefined} aria-label={t('timeline.prev')} title={t('timeline.prev')}>
          <span aria-hidden="true">{rtl ? '▶' : '◀'}</span>
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          <span aria-hidden="true">{playing ? '❚❚ ' : rtl ? '◀ ' : '▶ '}</span>
          {t(playing ? 'timeline.pause' : 'timeline.play')}
        </button>
        <button type="button" onClick={() => next !== undefined && setTime({ date: next, from })} disabled={next === undefined} aria-label={t('timeline.next')} title={t('timeline.next')}>
          <span aria-hidden="true">{rtl ? '◀' : '▶'}</span>
        </button>
        <p className="timeline__live" aria-live="polite" data-testid="live-count">
          <span ref={countsRef}>{now.counts}</span>{' '}
          {/* The dates are in the fields; the live line still says them, for screen readers. */}
          <span className="timeline__when visually-hidden" ref={whenRef}>
            {now.when}
          </span>
        </p>
      </div>
      <div className="timeline__track" ref={track} onPointerDown={drag.onPointerDown} onPointerMove={drag.onPointerMove} onPointerUp={drag.onPointerUp} onPointerCancel={drag.onPointerUp}>
        <Histogram counts={counts} maxCount={maxCount} />
        <Histogram counts={now.shownPerBin} maxCount={maxCount} shown svgRef={shownHistogramRef} />
        <Marks buckets={buckets} />
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
