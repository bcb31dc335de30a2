/**
 * The search page's URL contract: `/{lang}/search/?q=…`, so a search can be shared as a
 * link. Only the first `q` counts; it is cut to the length the searcher reads (it reads no
 * more), never inside a character. A missing, empty or blank query asks the reader to
 * type one instead of searching for nothing.
 */
import { excerpt } from './excerpt';

export const MAX_QUERY_LENGTH = 100;

export interface SearchQuery {
  /** The query as typed (not trimmed: the page shows it back as the reader wrote it). */
  query: string;
  /** True when there is nothing to search for: no `q`, or only whitespace. */
  blank: boolean;
}

export function parseSearchQuery(search: string): SearchQuery {
  const query = excerpt(new URLSearchParams(search).get('q') ?? '', MAX_QUERY_LENGTH);
  return { query, blank: query.trim() === '' };
}
