'use client';

/**
 * The way on when no idea matches every word of a search: why (nothing matches, or no idea
 * matches all of the words), the nearest words the index knows ("did you mean"), what each
 * word finds on its own, and places to browse instead. Never a dead end.
 */
import Link from 'next/link';
import { searchPageStrings } from '@/content/messages/search-page-strings';
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import type { SearchAnswer } from '@/graph/search';
import { paths } from '../paths';
import { listTerms } from './palette-options';
import { SearchLink } from './search-link';

export function NoMatch({ answer, lang }: { answer: SearchAnswer; lang: Lang }) {
  const t = searchStrings(lang);
  const tp = searchPageStrings(lang);
  return (
    <section className="search-way-on" aria-labelledby="way-on-title">
      <h3 id="way-on-title">{tp.wayOn}</h3>
      {/* With no result at all, the summary above says so; with some, say which words no idea has together. */}
      {answer.total > 0 ? <p>{t.noneMatchAll(listTerms(answer.terms, lang))}</p> : null}
      {answer.suggestions.length > 0 ? (
        <>
          <h4>{tp.suggestionsHeading}</h4>
          <ul>
            {answer.suggestions.map((s) => (
              <li key={s}>
                <SearchLink lang={lang} query={s}>
                  {s}
                </SearchLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {answer.terms.length > 1 ? (
        <>
          <h4>{tp.aloneHeading}</h4>
          <ul>
            {answer.perTerm.map((p) => (
              <li key={p.term}>
                {p.count > 0 ? (
                  <SearchLink lang={lang} query={p.term}>
                    {p.term}
                  </SearchLink>
                ) : (
                  p.term
                )}
                {lang === 'zh' ? '：' : ': '}
                {tp.aloneCount(p.count)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{tp.elsewhereHeading}</h4>
      <ul>
        <li>
          <Link href={paths.glossary(lang)}>{tp.glossary}</Link>
        </li>
        <li>
          <Link href={paths.explore(lang)}>{tp.explorer}</Link>
        </li>
        <li>
          <Link href={paths.sources(lang)}>{tp.sources}</Link>
        </li>
      </ul>
    </section>
  );
}
