import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { Edge } from './track-layout';
import { formatDay } from '../../content/dates';
import { addMonths } from './months';

interface HandleProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (day: number) => void;
  className?: string;
  /** CSS offset from the start edge (left, or right in right-to-left layouts). */
  position: Edge;
  /** The element, for following a drag without re-rendering (use-scrub-follow.ts). */
  handleRef?: RefObject<HTMLDivElement | null>;
  locale: string;
  rtl: boolean;
}

/** Converts a key to the day it moves to: arrows a day, Page Up/Down a month, Home/End the ends. */
export function keyStep(key: string, value: number, min: number, max: number): number | null {
  const next =
    key === 'ArrowRight' || key === 'ArrowUp'
      ? value + 1
      : key === 'ArrowLeft' || key === 'ArrowDown'
        ? value - 1
        : key === 'PageUp'
          ? addMonths(value, 1)
          : key === 'PageDown'
            ? addMonths(value, -1)
            : key === 'Home'
              ? min
              : key === 'End'
                ? max
                : null;
  return next === null ? null : Math.min(max, Math.max(min, next));
}

/** One draggable, keyboard-operable handle: an ARIA slider whose value is read as a date. */
export function SliderHandle({ label, value, min, max, onChange, className, position, locale, rtl, handleRef }: HandleProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // In a right-to-left layout time runs leftwards, so the left arrow moves forward.
    const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
    const next = keyStep(key, value, min, max);
    if (next === null) return;
    e.preventDefault();
    if (next !== value) onChange(next);
  };
  return (
    <div
      ref={handleRef}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={formatDay(value, 'day', locale)}
      aria-orientation="horizontal"
      className={`slider-handle ${className ?? ''}`}
      style={position}
      onKeyDown={onKeyDown}
    />
  );
}

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
