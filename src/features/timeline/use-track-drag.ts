import { useRef, type PointerEvent, type RefObject } from 'react';

/** Turns pointer drags on the track into days; writes at most once per animation frame. */
export function useTrackDrag(track: RefObject<HTMLDivElement | null>, min: number, max: number, rtl: boolean, onDay: (day: number) => void, onRelease: () => void) {
  const frame = useRef<number | null>(null);
  const pending = useRef<number | null>(null);
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
    push(dayAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) push(dayAt(e.clientX));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    if (frame.current !== null) {
      cancelAnimationFrame(frame.current);
      frame.current = null;
      if (pending.current !== null) onDay(pending.current);
    }
    onRelease();
  };
  return { onPointerDown, onPointerMove, onPointerUp };
}
