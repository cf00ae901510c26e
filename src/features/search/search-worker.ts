import { buildSearchIndex, searchIndex, type SearchEntry, type SearchIndex, type SearchResult } from '../../content/search-index';

/**
 * The search index for a large archive, off the page's thread: built once from the entries the page sends, then
 * answers each query with its best matches and counts (search-index.ts). See use-search.ts.
 */
export type SearchRequest = { type: 'build'; entries: SearchEntry[] } | { type: 'query'; query: string };
export interface SearchReply {
  query: string;
  result: SearchResult;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (reply: SearchReply) => void;
}
const scope = self as unknown as WorkerScope;
let index: SearchIndex | null = null;

scope.onmessage = (e) => {
  const request = e.data;
  if (request.type === 'build') index = buildSearchIndex(request.entries);
  else scope.postMessage({ query: request.query, result: index ? searchIndex(index, request.query) : { hits: [], totals: {} } });
};
