import { useEffect, useMemo, useRef } from 'react';
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
import { Axis, Histogram, InRange, MARK_BUCKETS, Marks } from './TrackDrawings';

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
  const scrub = useUiStore((s) => s.scrub);
  const { date, from } = scrub ?? time;
  const { table } = index;
  const bins = useMemo(() => monthBins(extent), [extent]);
  const counts = useMemo(() => countPerMonth(mask ? table.start.filter((_, i) => mask[i] === 1) : table.start, bins), [table, bins, mask]);
  const span = extent.end - extent.start || 1;
  // In right-to-left languages time runs from right to left, like the text.
  const pct = (day: number) => ((day - extent.start) / span) * 100;
  const edge = (day: number) => (rtl ? { right: `${pct(day)}%` } : { left: `${pct(day)}%` });
  // Event ticks, merged into at most MARK_BUCKETS positions so 100,000 events cost the same as 100.
  const buckets = useMemo(() => {
    const used = new Set<number>();
    table.start.forEach((s, i) => {
      if (!mask || mask[i] === 1) used.add(Math.floor(((s - extent.start) / span) * MARK_BUCKETS));
    });
    return [...used].sort((a, b) => a - b);
  }, [table, mask, extent.start, span]);
  // A tick is in the range when its bucket is; the clip runs half a bucket past the last (and before the first).
  const split = Math.floor(((date - extent.start) / span) * MARK_BUCKETS);
  const fromSplit = from === null ? -1 : Math.floor(((from - extent.start) / span) * MARK_BUCKETS);

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

  const lastIn = bins.findIndex((b) => b.end >= date);
  const firstIn = from === null ? 0 : bins.findIndex((b) => b.end >= from);
  const shown = visibleCounts({ table, sites: index.content.sites }, date, from, mask);
  const when = from === null ? t('timeline.whenAsOf', { date: formatDay(date, 'day', locale) }) : t('timeline.whenBetween', { from: formatDay(from, 'day', locale), date: formatDay(date, 'day', locale) });

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
          {plural('timeline.events', shown.events)}, {plural('timeline.sites', shown.sites)} <span className="timeline__when">{when}</span>
        </p>
      </div>
      <div className="timeline__track" ref={track} onPointerDown={drag.onPointerDown} onPointerMove={drag.onPointerMove} onPointerUp={drag.onPointerUp} onPointerCancel={drag.onPointerUp}>
        <Histogram bins={bins} counts={counts} />
        <Marks buckets={buckets} />
        {/* A month's bar is in the range when any of its days is. */}
        <InRange lo={firstIn / bins.length} hi={(lastIn + 1) / bins.length} rtl={rtl}>
          <Histogram bins={bins} counts={counts} highlight />
        </InRange>
        <InRange lo={(fromSplit - 0.5) / MARK_BUCKETS} hi={(split + 0.5) / MARK_BUCKETS} rtl={rtl}>
          <Marks buckets={buckets} highlight />
        </InRange>
        {from !== null && <div className="timeline__range" style={{ ...edge(from), width: `${pct(date) - pct(from)}%` }} aria-hidden="true" />}
        {from !== null && (
          <SliderHandle label={t('timeline.start')} value={from} min={extent.start} max={date} onChange={(d) => setTime({ date, from: d })} className="slider-handle--from" position={edge(from)} locale={locale} rtl={rtl} />
        )}
        <SliderHandle label={t(from === null ? 'timeline.date' : 'timeline.end')} value={date} min={from ?? extent.start} max={extent.end} onChange={(d) => setTime({ date: d, from })} position={edge(date)} locale={locale} rtl={rtl} />
      </div>
      <Axis bins={bins} locale={locale} start={extent.start} span={span} rtl={rtl} />
    </section>
  );
}
