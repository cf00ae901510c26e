import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { TimeQuery } from '../content/time-rule';
import { selectionPath, type Selection } from './paths';
import { formatTimeSearch } from './url-state';

/**
 * The only ways the app changes the view: select something (a new history entry, so back/forward walk through
 * selections; replacing it where the reader is only moving on, as read-along does while scrolling) or change the time (replaces the entry, so scrubbing does not flood history). Both keep the
 * viewport hash that MapLibre maintains.
 */
export function useViewActions() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const select = useCallback(
    (selection: Selection | null, time?: TimeQuery, options?: { replace?: boolean }) => {
      const query = time ? formatTimeSearch(search, time) : search;
      navigate(`${selectionPath(selection)}${query}${window.location.hash}`, { replace: options?.replace === true });
    },
    [navigate, search],
  );
  const setTime = useCallback(
    (time: TimeQuery) => {
      navigate({ search: formatTimeSearch(search, time), hash: window.location.hash }, { replace: true });
    },
    [navigate, search],
  );
  return { select, setTime };
}

/**
 * Replace the query string (filters, measurements, language) without a new history entry. These are controlled
 * inputs (checkboxes, a select) whose state comes from the URL; the router runs without transitions (main.tsx), so
 * the new URL renders within the same event and React never puts the old state back for a frame.
 */
export function useReplaceQuery() {
  const navigate = useNavigate();
  return useCallback((query: string) => navigate({ search: query, hash: window.location.hash }, { replace: true }), [navigate]);
}
