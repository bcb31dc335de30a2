'use client';

/**
 * The search page's form. Without JavaScript it reloads the page with `?q=…` (GET); with
 * it, the query goes into the address without a reload, and the results follow. The field
 * shows the address's query (it is keyed by it, so back and forward update it too).
 */
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import { searchQueryString } from '@/graph/search-params';
import { paths, withBase } from '../paths';
import { pushSearch } from '../use-client';

export function SearchForm({ lang, query }: { lang: Lang; query: string }) {
  const t = searchStrings(lang);
  return (
    <form
      action={withBase(paths.search(lang))}
      method="get"
      role="search"
      className="search-form"
      onSubmit={(e) => {
        const q = new FormData(e.currentTarget).get('q');
        if (typeof q !== 'string') return;
        e.preventDefault();
        pushSearch(searchQueryString(q));
      }}
    >
      <label htmlFor="search-page-q">{t.inputLabel}</label>
      <div className="control-row">
        <input
          key={query}
          id="search-page-q"
          name="q"
          type="search"
          enterKeyHint="search"
          defaultValue={query}
          placeholder={t.placeholder}
          autoComplete="off"
        />
        <button type="submit">{t.submit}</button>
      </div>
    </form>
  );
}
