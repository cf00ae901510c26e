import { useEffect, useMemo, useRef } from 'react';
import type { ContentIndex } from '../../content/content-index';
import { formatDay } from '../../content/dates';
import { eventSpan } from '../../content/events-in-range';
import type { VisibleContent } from '../../content/visible';
import { setPlaying, useUiStore } from '../../state/ui-store';
import type { Extent, TimeView } from '../../state/url-state';
import { useViewActions } from '../../state/use-view';
import { countPerMonth, monthBins } from './months';
import { SliderHandle, useTrackDrag } from './TimeSlider';

const PLAY_STEP_DAYS = 7;
const PLAY_INTERVAL_MS = 120;

interface Props {
  index: ContentIndex;
  extent: Extent;
  time: TimeView;
  visible: VisibleContent;
}

/** The timeline under the map: histogram of events per month, a mark per event, and one or two date handles. */
export function Timeline({ index, extent, time, visible }: Props) {
  const { setTime } = useViewActions();
  const playing = useUiStore((s) => s.playing);
  const spans = useMemo(() => index.eventsByDate.map((e) => eventSpan(e)).filter((s) => s !== null), [index]);
  const bins = useMemo(() => monthBins(extent), [extent]);
  const counts = useMemo(() => countPerMonth(spans, bins), [spans, bins]);
  const maxCount = Math.max(1, ...counts);
  const span = extent.end - extent.start || 1;
  const pct = (day: number) => ((day - extent.start) / span) * 100;
  const { date, from } = time;

  const track = useRef<HTMLDivElement>(null);
  const drag = useTrackDrag(track, extent.start, extent.end, (day) => {
    if (from === null) setTime({ date: day, from: null });
    else if (Math.abs(day - from) < Math.abs(day - date)) setTime({ date, from: Math.min(day, date) });
    else setTime({ date: Math.max(day, from), from });
  });

  // Playback steps the date forward a week at a time, and stops at the end.
  useEffect(() => {
    if (!playing) return;
    if (date >= extent.latest) {
      setPlaying(false);
      return;
    }
    const t = window.setTimeout(() => setTime({ date: Math.min(extent.latest, date + PLAY_STEP_DAYS), from }), PLAY_INTERVAL_MS);
    return () => window.clearTimeout(t);
  }, [playing, date, from, extent.latest, setTime]);
  useEffect(() => () => setPlaying(false), []);

  const prev = [...spans].reverse().find((s) => s.start < date);
  const next = spans.find((s) => s.start > date);
  const togglePlay = () => {
    if (!playing && date >= extent.latest) setTime({ date: extent.start, from });
    setPlaying(!playing);
  };
  const setMode = (mode: 'as-of' | 'between') => {
    if (mode === 'as-of') setTime({ date, from: null });
    else setTime({ date, from: Math.max(extent.start, date - 365) });
  };

  const e = visible.events.length;
  const s = visible.sites.length;
  const when = from === null ? `as of ${formatDay(date)}` : `between ${formatDay(from)} and ${formatDay(date)}`;

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline__controls">
        <div role="group" aria-label="Time mode" className="segmented">
          <button type="button" aria-pressed={from === null} onClick={() => setMode('as-of')}>
            As of a date
          </button>
          <button type="button" aria-pressed={from !== null} onClick={() => setMode('between')}>
            Between two dates
          </button>
        </div>
        <button type="button" onClick={() => prev && setTime({ date: prev.start, from })} disabled={!prev} aria-label="Previous event">
          ◀ Prev
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing} aria-label={playing ? 'Pause' : 'Play'}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" onClick={() => next && setTime({ date: next.start, from })} disabled={!next} aria-label="Next event">
          Next ▶
        </button>
        <p className="timeline__live" aria-live="polite" data-testid="live-count">
          {e} event{e === 1 ? '' : 's'}, {s} site{s === 1 ? '' : 's'} <span className="timeline__when">{when}</span>
        </p>
      </div>
      <div className="timeline__track" ref={track} onPointerDown={drag.onPointerDown} onPointerMove={drag.onPointerMove}>
        <svg className="timeline__histogram" viewBox={`0 0 ${bins.length} ${maxCount}`} preserveAspectRatio="none" aria-hidden="true">
          {bins.map((bin, i) => {
            const c = counts[i] ?? 0;
            const inRange = bin.start <= date && bin.end >= (from ?? -Infinity);
            return c > 0 ? <rect key={bin.start} x={i + 0.1} y={maxCount - c} width={0.8} height={c} className={inRange ? 'bar bar--in' : 'bar'} /> : null;
          })}
        </svg>
        <div className="timeline__marks" aria-hidden="true">
          {spans.map((sp, i) => (
            <span key={i} className={sp.start <= date && sp.end >= (from ?? -Infinity) ? 'mark mark--in' : 'mark'} style={{ left: `${pct(sp.start)}%` }} />
          ))}
        </div>
        {from !== null && <div className="timeline__range" style={{ left: `${pct(from)}%`, width: `${pct(date) - pct(from)}%` }} aria-hidden="true" />}
        {from !== null && (
          <SliderHandle label="Start date" value={from} min={extent.start} max={date} onChange={(d) => setTime({ date, from: d })} className="slider-handle--from" />
        )}
        <SliderHandle
          label={from === null ? 'Date' : 'End date'}
          value={date}
          min={from ?? extent.start}
          max={extent.end}
          onChange={(d) => setTime({ date: d, from })}
        />
      </div>
      <div className="timeline__axis" aria-hidden="true">
        {bins
          .filter((b) => b.month === 1)
          .map((b) => (
            <span key={b.year} className={b.year % 2 ? 'odd' : undefined} style={{ left: `${pct(b.start)}%` }}>
              {b.year}
            </span>
          ))}
      </div>
    </section>
  );
}
