/** Whether the reader asked for less motion: the map then jumps where it would fly. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
