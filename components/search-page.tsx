import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from './paths';
import { SearchResults } from './search/search-results';

export function SearchPage({ lang }: { lang: Lang }) {
  const t = messages(lang).search;
  return (
    <>
      <h1>{t.pageTitle}</h1>
      <p className="lead">{t.pageLead}</p>
      <form action={withBase(paths.search(lang))} method="get" role="search" className="search-form">
        <label htmlFor="search-page-q">{t.inputLabel}</label>
        <div className="control-row">
          <input id="search-page-q" name="q" type="search" placeholder={t.placeholder} autoComplete="off" />
          <button type="submit">{t.submit}</button>
        </div>
      </form>
      <SearchResults lang={lang} />
    </>
  );
}
