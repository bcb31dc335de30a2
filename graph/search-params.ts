/**
 * The search page's URL contract: `/{lang}/search/?q=…&kind=…`, so a search — and the kind
 * of result it is narrowed to — can be shared as a link. Only the first `q` counts; it is
 * cut to the length the searcher reads (it reads no more), never inside a character. A
 * missing, empty or blank query asks the reader to type one instead of searching for
 * nothing. A `kind` that is not a kind of result is reported (the page names it) and all
 * results are shown.
 */
import { excerpt } from './excerpt';
import { SEARCH_KINDS, type SearchKind } from './search-kinds';

export const MAX_QUERY_LENGTH = 100;
/** The longest piece of a bad `kind` value shown back to the reader. */
export const MAX_BAD_KIND = 40;

export interface SearchQuery {
  /** The query as typed (not trimmed: the page shows it back as the reader wrote it). */
  query: string;
  /** True when there is nothing to search for: no `q`, or only whitespace. */
  blank: boolean;
  /** The kind of result to show; undefined for all. */
  kind: SearchKind | undefined;
  /** A `kind` value that names no kind, shortened; undefined when there was none. */
  badKind: string | undefined;
}

const isKind = (v: string): v is SearchKind => (SEARCH_KINDS as readonly string[]).includes(v);

export function parseSearchQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const query = excerpt(params.get('q') ?? '', MAX_QUERY_LENGTH);
  const rawKind = params.get('kind');
  const kind = rawKind !== null && isKind(rawKind) ? rawKind : undefined;
  const badKind = rawKind !== null && rawKind !== '' && kind === undefined ? excerpt(rawKind, MAX_BAD_KIND) : undefined;
  return { query, blank: query.trim() === '', kind, badKind };
}

/** The query string of a search, for links and the address: `?q=…` and `&kind=…` when narrowed. */
export function searchQueryString(query: string, kind?: SearchKind): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('kind', kind);
  return `?${params.toString()}`;
}
