'use client';

/**
 * The search page's interactive part, `/{lang}/search/?q=…&kind=…`: the form and every
 * result. The query is read from the address (so a search can be shared as a link, and
 * back and forward work); the results wait for the explanations' words, so the list holds
 * every idea that matches.
 */
import { useMemo, type ReactNode } from 'react';
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import { parseSearchQuery } from '@/graph/search-params';
import { useLocationSearch } from '../use-client';
import { ResultsView } from './results-view';
import { SearchForm } from './search-form';
import { useSearcher } from './use-searcher';
import './search.css';

/** `children` come between the form and the results (the page's note for readers without JavaScript). */
export function SearchResults({ lang, children }: { lang: Lang; children?: ReactNode }) {
  const t = searchStrings(lang);
  // The query is in the address, which exists only in the browser.
  const search = useLocationSearch();
  const parsed = useMemo(() => (search === null ? null : parseSearchQuery(search)), [search]);
  const state = useSearcher(parsed !== null && !parsed.blank);
  const { searcher, complete } = state;
  const answer = useMemo(
    () => (searcher && complete && parsed && !parsed.blank ? searcher.answer(parsed.query, lang) : undefined),
    [searcher, complete, parsed, lang],
  );

  let results = null;
  if (parsed?.blank) results = <p role="status">{t.emptyQuery}</p>;
  else if (state.status === 'error') results = <p role="status">{t.loadFailed}</p>;
  else if (parsed && answer && searcher)
    results = <ResultsView parsed={parsed} answer={answer} searcher={searcher} lang={lang} />;
  else if (parsed) results = <p role="status">{t.loading}</p>;
  return (
    <>
      <SearchForm lang={lang} query={parsed?.query ?? ''} />
      {children}
      {results}
    </>
  );
}
