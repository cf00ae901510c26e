import { useSyncExternalStore } from 'react';

/** The width below which the layout is the phone's (app.css uses the same breakpoint). */
const NARROW = '(max-width: 760px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the screen is a phone's: for words that have a shorter form where room is short. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
