import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { neighbours, passageMoment } from '../../content/read-along';
import type { AnalysisHead } from '../../content/texts';
import type { TimeQuery } from '../../content/time-rule';
import { useAtlasView } from '../../state/atlas-view';
import { usePanelPlaceToRestore } from '../../state/panel-places';
import { useUiStore } from '../../state/ui-store';
import { useViewActions } from '../../state/view-actions';

/** Phones show the passages as a row of cards in the bottom sheet (app.css); the card in the middle is being read. */
const PHONE = '(max-width: 760px)';
/** Where the reader's eye is: a thin band 30 % down the panel (or the middle of the row of cards). */
const BAND_DESKTOP = '-30% 0px -69% 0px';
const BAND_PHONE = '0px -49.5% 0px -49.5%';

/** How far along the row of cards the reader was in each history entry (by its key), for Back. */
const places = new Map<string, number>();

export interface ReadAlong {
  /** Moves to a passage (scrolled into view; the URL replaced; the timeline at its moment when read-along is on). */
  go: (anchor: string) => void;
  previous: string | null;
  next: string | null;
  /** The time a link to the passage carries when read-along is on. */
  momentOf: (anchor: string) => TimeQuery | undefined;
}

function scrollerOf(list: HTMLElement): HTMLElement | null {
  return window.matchMedia(PHONE).matches ? list : list.closest<HTMLElement>('aside.panel');
}

/**
 * Read-along for the analysis reader: the passage in the reader's eye line becomes the selection (the URL replaced,
 * not pushed), so the map frames what it discusses (CameraDirector) and rings it (the highlight), and the timeline
 * stands at its moment. Only the reader's own scrolling counts (a link that opens a passage, or Back, is left as it
 * is), and the reader can turn it off (`readAlong` in the UI store). Also keeps the reader's place for Back.
 */
export function useReadAlong(analysis: AnalysisHead, current: string | undefined, list: RefObject<HTMLOListElement | null>): ReadAlong {
  const { index, time } = useAtlasView();
  const { select } = useViewActions();
  const readAlong = useUiStore((s) => s.readAlong);
  const { key } = useLocation();
  const navigation = useNavigationType();

  const momentOf = useCallback(
    (anchor: string): TimeQuery | undefined => {
      const moment = readAlong ? passageMoment(index, analysis.id, anchor) : null;
      return moment === null ? undefined : { date: moment, from: time.from !== null && time.from <= moment ? time.from : null };
    },
    [readAlong, index, analysis.id, time.from],
  );
  // The passage the reader scrolled to: made current without scrolling it (they are already reading it).
  const scrolledTo = useRef<string | null>(null);
  const move = useCallback(
    (anchor: string, scrolled: boolean) => {
      scrolledTo.current = scrolled ? anchor : null;
      select({ kind: 'analysis', id: analysis.id, passage: anchor }, momentOf(anchor), { replace: true });
    },
    [select, analysis.id, momentOf],
  );
  const go = useCallback((anchor: string) => move(anchor, false), [move]);

  // Back (or Forward) to this entry: the reader's place as they left it (the panel's is restored by the page frame;
  // the row of cards on a phone, here), not the passage's top.
  const restored = useRef(false);
  useLayoutEffect(() => {
    const place = navigation === 'POP' ? places.get(key) : undefined;
    if (place === undefined) return;
    list.current?.scrollTo({ left: place });
    restored.current = true;
    // Only on arriving: this entry's key is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Whether the reader has scrolled since the app last did: only their scrolling moves the selection.
  const byReader = useRef(false);
  // A current passage not reached by scrolling (a link, a button, a key) is brought into view; not on Back or Forward
  // to a place the reader left, where the page frame puts the panel back.
  const arrivedByHistory = useRef(usePanelPlaceToRestore() !== undefined);
  useEffect(() => {
    if (!current || scrolledTo.current === current) return;
    byReader.current = false;
    if (restored.current || arrivedByHistory.current) {
      restored.current = false;
      arrivedByHistory.current = false;
      return;
    }
    document.getElementById(`passage-${current}`)?.scrollIntoView({ block: 'start', inline: 'start' });
  }, [current]);

  // Remember the place under the current entry; and follow the reader's own scrolling.
  const keyRef = useRef(key);
  const currentRef = useRef(current);
  const moveRef = useRef(move);
  useEffect(() => {
    keyRef.current = key;
    currentRef.current = current;
    moveRef.current = move;
  });
  useEffect(() => {
    const el = list.current;
    const scroller = el && scrollerOf(el);
    if (!el || !scroller) return;
    const remember = () => places.set(keyRef.current, el.scrollLeft);
    // Scrolling the reader did (wheel, touch, keys, the scroll bar), as opposed to ours.
    const reader = () => {
      byReader.current = true;
    };
    const inputs = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    for (const type of inputs) scroller.addEventListener(type, reader, { passive: true });
    el.addEventListener('scroll', remember, { passive: true });
    const inBand = new Set<string>();
    const observer = readAlong
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              const anchor = (e.target as HTMLElement).dataset.anchor ?? '';
              if (e.isIntersecting) inBand.add(anchor);
              else inBand.delete(anchor);
            }
            const reading = analysis.passages.find((p) => inBand.has(p.anchor))?.anchor;
            if (byReader.current && reading && reading !== currentRef.current) moveRef.current(reading, true);
          },
          { root: scroller, rootMargin: window.matchMedia(PHONE).matches ? BAND_PHONE : BAND_DESKTOP },
        )
      : null;
    for (const item of el.querySelectorAll('li.passage')) observer?.observe(item);
    return () => {
      observer?.disconnect();
      for (const type of inputs) scroller.removeEventListener(type, reader);
      el.removeEventListener('scroll', remember);
    };
  }, [list, readAlong, analysis.passages]);

  // j / k: next and previous passage, anywhere but in a field.
  const { previous, next } = neighbours(analysis, current);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const to = e.key === 'j' ? (next ?? (current ? null : analysis.passages[0]?.anchor)) : e.key === 'k' ? previous : null;
      if (!to) return;
      e.preventDefault();
      go(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, previous, current, analysis.passages, go]);

  return { go, previous, next, momentOf };
}
