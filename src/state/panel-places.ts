import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * Where the reader was in the panel, for each history entry (by its key): Back and Forward return to the same place
 * (in a long analysis, say) instead of the panel's top. Kept for the page's life, like the browser's own.
 */
const places = new Map<string, number>();

/** The panel's place to return to on arriving at this entry by Back or Forward; undefined otherwise. */
export function usePanelPlaceToRestore(): number | undefined {
  const { key } = useLocation();
  return useNavigationType() === 'POP' ? places.get(key) : undefined;
}

/** Remembers the panel's scroll position under the current history entry. */
export function useRememberPanelPlace(): void {
  const { key } = useLocation();
  useEffect(() => {
    const panel = document.querySelector<HTMLElement>('aside.panel');
    if (!panel) return;
    const remember = () => places.set(key, panel.scrollTop);
    // On each scroll, and at a click in the panel (a link followed from it): a scroll event comes a frame after the
    // scroll, and a link clicked within that frame would leave from an older place.
    panel.addEventListener('scroll', remember, { passive: true });
    panel.addEventListener('click', remember, { capture: true });
    return () => {
      panel.removeEventListener('scroll', remember);
      panel.removeEventListener('click', remember, { capture: true });
    };
  }, [key]);
}
