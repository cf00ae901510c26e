import { useEffect, useMemo, useState } from 'react';
import { buildSearchIndex, searchIndex, type SearchEntry, type SearchResult } from '../../content/search-index';
import type { SearchReply, SearchRequest } from './search-worker';

/** Above this many entries the index is built and searched in a worker, so neither the build nor a keystroke blocks the page. */
export const WORKER_ABOVE = 20_000;
const NONE: SearchResult = { hits: [], totals: {} };

/**
 * The results for a query over some entries: computed here for a few thousand, in a worker beyond (every entry
 * indexed, none left out).
 */
export function useSearch(entries: readonly SearchEntry[], query: string): SearchResult {
  const large = entries.length > WORKER_ABOVE;
  const local = useMemo(() => (large ? null : buildSearchIndex(entries)), [entries, large]);
  const worker = useMemo(() => {
    if (!large) return null;
    const w = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    w.postMessage({ type: 'build', entries: [...entries] } satisfies SearchRequest);
    return w;
  }, [entries, large]);
  useEffect(() => () => worker?.terminate(), [worker]);

  // The worker answers with the query it answered, so an answer to an older one is never shown for a newer.
  const [reply, setReply] = useState<SearchReply | null>(null);
  useEffect(() => {
    if (!worker) return;
    const onMessage = (e: MessageEvent<SearchReply>) => setReply(e.data);
    worker.addEventListener('message', onMessage);
    return () => worker.removeEventListener('message', onMessage);
  }, [worker]);
  useEffect(() => {
    if (worker && query.trim() !== '') worker.postMessage({ type: 'query', query } satisfies SearchRequest);
  }, [worker, query]);

  const here = useMemo(() => (local ? searchIndex(local, query) : null), [local, query]);
  if (here) return here;
  return reply !== null && reply.query === query ? reply.result : NONE;
}
