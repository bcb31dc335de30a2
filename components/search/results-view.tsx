'use client';

/**
 * A search's answer on the search page: how many results and of what kind, how the query
 * was read, the answer to a question, the way on when no idea matches every word, the
 * filters by kind, and every result grouped by kind.
 */
import { searchPageStrings } from '@/content/messages/search-page-strings';
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import type { SearchAnswer, Searcher } from '@/graph/search';
import type { SearchQuery } from '@/graph/search-params';
import { AnswerCard } from './answer-card';
import { KindFilter } from './kind-filter';
import { NoMatch } from './no-match';
import { listTerms } from './palette-options';
import { ResultGroups } from './result-groups';

interface Props {
  parsed: SearchQuery;
  answer: SearchAnswer;
  searcher: Searcher;
  lang: Lang;
}

/** How the query was read: the words searched for, those left out, typos read as other words. */
function Reading({ answer, lang }: { answer: SearchAnswer; lang: Lang }) {
  const tp = searchPageStrings(lang);
  if (answer.terms.length === 0) return null;
  const list = (words: readonly string[]) => listTerms(words, lang);
  return (
    <p className="search-reading">
      {tp.searchedFor(list(answer.terms))}
      {answer.dropped.length > 0 ? tp.leftOut(list(answer.dropped)) : ''}
      {answer.asked.length > 0 ? tp.answered(list(answer.asked)) : ''}
      {lang === 'zh' ? '。' : '.'}
      {answer.corrections.map((c) => ` ${tp.corrected(c.term, c.to)}`).join('')}
    </p>
  );
}

export function ResultsView({ parsed, answer, searcher, lang }: Props) {
  const t = searchStrings(lang);
  const tp = searchPageStrings(lang);
  const { query, kind, badKind } = parsed;
  const shown = kind ? answer.hits.filter((h) => h.kind === kind) : answer.hits;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t.resultsFor(query)}</h2>
      <p role="status" className="search-summary">
        {answer.total === 0
          ? t.noResults(query.trim())
          : tp.summary(answer.total, answer.complete, answer.terms.length)}
      </p>
      <Reading answer={answer} lang={lang} />
      {badKind !== undefined ? <p className="notice">{tp.unknownKind(badKind)}</p> : null}
      {searcher.hasBody ? null : <p className="notice">{tp.bodyMissing}</p>}
      {answer.intent ? <AnswerCard intent={answer.intent} searcher={searcher} lang={lang} /> : null}
      {answer.complete === 0 ? <NoMatch answer={answer} lang={lang} /> : null}
      {answer.total > 0 ? (
        <>
          <KindFilter lang={lang} query={query} total={answer.total} kinds={answer.kinds} current={kind} />
          {answer.complete === 0 ? <h3>{tp.partialHeading}</h3> : null}
          <ResultGroups hits={shown} searcher={searcher} lang={lang} />
        </>
      ) : null}
    </section>
  );
}
