import type { KeyboardEvent, RefObject } from 'react';
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
