import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from './paths';
import { SearchResults } from './search/search-results';

export function SearchPage({ lang }: { lang: Lang }) {
  const m = messages(lang);
  const t = m.search;
  // Plain links: a next/link inside <noscript> would never be hydrated anyway.
  const elsewhere: [string, string][] = [
    [paths.glossary(lang), m.nav.glossary],
    [paths.explore(lang), m.nav.explore],
    [paths.sources(lang), m.nav.sources],
  ];
  return (
    <>
      <h1>{t.pageTitle}</h1>
      <p className="lead">{t.pageLead}</p>
      <SearchResults lang={lang}>
        <noscript>
          <p className="notice">
            {t.noscript}{' '}
            {elsewhere.map(([href, label], i) => (
              <span key={href}>
                {i > 0 ? ' · ' : ''}
                <a href={withBase(href)}>{label}</a>
              </span>
            ))}
          </p>
        </noscript>
      </SearchResults>
    </>
  );
}
