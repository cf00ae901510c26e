import { useLayoutEffect, type RefObject } from 'react';
import type { Shown } from '../../content/shown';
import { followShown, type AtlasView } from '../../state/atlas-view';
import { barGeometry } from './TrackDrawings';
import type { Edge, TrackLayout } from './track-layout';

/** The parts of the timeline a drag moves. */
export interface ScrubTargets {
  dateHandle: RefObject<HTMLDivElement | null>;
  fromHandle: RefObject<HTMLDivElement | null>;
  range: RefObject<HTMLDivElement | null>;
  shownHistogram: RefObject<SVGSVGElement | null>;
  marksClip: RefObject<HTMLDivElement | null>;
  counts: RefObject<HTMLSpanElement | null>;
  when: RefObject<HTMLSpanElement | null>;
  /** The typed-date fields (DateField): they show the dragged dates as they change. */
  dateInput: RefObject<HTMLInputElement | null>;
  fromInput: RefObject<HTMLInputElement | null>;
}

/** What the timeline shows for a time: the track's layout and the words of the live line and the handles. */
export interface TimeDescription {
  layout: TrackLayout;
  counts: string;
  when: string;
  dateText: string;
  fromText: string | null;
  /** Events shown per month (the histogram's highlighted bars). */
  shownPerBin: readonly number[];
}

function place(element: HTMLElement, edge: Edge): void {
  element.style.left = 'left' in edge ? edge.left : '';
  element.style.right = 'right' in edge ? edge.right : '';
}

/**
 * While the reader drags the timeline, the time lives in the UI store and changes every frame. The map follows it
 * (ContentLayers); so does the timeline, here, through the same view model (followShown), by writing the few things
 * a drag changes straight to the elements React rendered, the way zustand suggests for state that changes this
 * often: re-rendering the timeline for each frame cost about 1 ms of script per step. `describe` is the function the
 * render uses, so both show the same; when the drag ends the URL takes the time and React renders it as usual.
 */
export function useScrubFollow(targets: ScrubTargets, view: AtlasView, maxCount: number, describe: (shown: Shown) => TimeDescription): void {
  useLayoutEffect(() => {
    let first = true;
    // The shown bars' counts as now drawn (what the render drew, then what each step wrote).
    const drawn: number[] = [];
    const show = (shown: Shown) => {
      // The render has just shown the committed time; only later steps are written here.
      if (first) {
        first = false;
        drawn.push(...describe(shown).shownPerBin);
        return;
      }
      const d = describe(shown);
      const time = shown.time;
      const dateHandle = targets.dateHandle.current;
      if (dateHandle) {
        place(dateHandle, d.layout.date);
        dateHandle.setAttribute('aria-valuenow', String(time.date));
        dateHandle.setAttribute('aria-valuetext', d.dateText);
        if (time.from !== null) dateHandle.setAttribute('aria-valuemin', String(time.from));
      }
      const fromHandle = targets.fromHandle.current;
      if (fromHandle && d.layout.from && time.from !== null) {
        place(fromHandle, d.layout.from);
        fromHandle.setAttribute('aria-valuenow', String(time.from));
        fromHandle.setAttribute('aria-valuetext', d.fromText ?? '');
        fromHandle.setAttribute('aria-valuemax', String(time.date));
      }
      const range = targets.range.current;
      if (range && d.layout.range) {
        place(range, d.layout.range.edge);
        range.style.width = d.layout.range.width;
      }
      // Only the bars whose count changed are written: a step changes one or two months, not all of them.
      const bars = targets.shownHistogram.current?.children;
      if (bars) {
        for (let i = 0; i < bars.length; i++) {
          const count = d.shownPerBin[i] ?? 0;
          if (count === drawn[i]) continue;
          drawn[i] = count;
          const g = barGeometry(count, maxCount);
          bars[i]?.setAttribute('y', String(g.y));
          bars[i]?.setAttribute('height', String(g.height));
        }
      }
      if (targets.marksClip.current) targets.marksClip.current.style.clipPath = d.layout.marksClip;
      if (targets.counts.current) targets.counts.current.textContent = d.counts;
      if (targets.when.current) targets.when.current.textContent = d.when;
      if (targets.dateInput.current) targets.dateInput.current.value = d.dateText;
      if (targets.fromInput.current && d.fromText !== null) targets.fromInput.current.value = d.fromText;
    };
    return followShown(view, show);
  }, [targets, view, maxCount, describe]);
}
