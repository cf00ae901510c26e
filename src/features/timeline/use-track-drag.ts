import { useRef, type PointerEvent, type RefObject } from 'react';

/** How far a pointer may move between press and release and still be a click; and how near a click snaps. */
const CLICK_SLOP_PX = 3;
const SNAP_PX = 6;

/**
 * Turns pointer drags on the track into days; writes at most once per animation frame. A click (press and release
 * in one place) is offered to `snap` with the number of days SNAP_PX pixels cover, to land on a nearby event.
 */
export function useTrackDrag(
  track: RefObject<HTMLDivElement | null>,
  min: number,
  max: number,
  rtl: boolean,
  onDay: (day: number) => void,
  onRelease: () => void,
  snap?: (day: number, radiusDays: number) => number,
) {
  const frame = useRef<number | null>(null);
  const pending = useRef<number | null>(null);
  const pressedAt = useRef<number | null>(null);
  const dayAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return min;
    const x = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    const t = rtl ? 1 - x : x;
    return Math.round(min + t * (max - min));
  };
  const push = (day: number) => {
    pending.current = day;
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      if (pending.current !== null) onDay(pending.current);
    });
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pressedAt.current = e.clientX;
    push(dayAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    if (pressedAt.current !== null && Math.abs(e.clientX - pressedAt.current) > CLICK_SLOP_PX) pressedAt.current = null;
    push(dayAt(e.clientX));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    if (frame.current !== null) {
      cancelAnimationFrame(frame.current);
      frame.current = null;
    }
    const width = track.current?.getBoundingClientRect().width ?? 0;
    const clicked = pressedAt.current !== null && Math.abs(e.clientX - pressedAt.current) <= CLICK_SLOP_PX;
    pressedAt.current = null;
    const day = pending.current ?? dayAt(e.clientX);
    onDay(clicked && snap && width > 0 ? snap(day, (SNAP_PX * (max - min)) / width) : day);
    onRelease();
  };
  return { onPointerDown, onPointerMove, onPointerUp };
}
