'use client';

/**
 * The results of `/{lang}/search/?q=…`: the query is read from the address, so a search
 * can be shared as a link. The form above it works without JavaScript (it reloads this
 * page with the query); the results themselves need the search script.
 */
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { searchStrings } from '@/content/messages/search-strings';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import type { Lang } from '@/graph/schema';
import type { SearchHit, SearchRecord } from '@/graph/search';
import { parseSearchQuery } from '@/graph/search-params';
import { htmlLang, otherLang, paths } from '../paths';
import { useLocationSearch } from '../use-client';
import { Highlighted } from './highlighted';
import { loadSearcher } from './load-searcher';

export function SearchResults({ lang }: { lang: Lang }) {
  const t = searchStrings(lang);
  // The query is in the address, which exists only in the browser.
  const search = useLocationSearch();
  const parsed = useMemo(() => (search === null ? null : parseSearchQuery(search)), [search]);
  const query = parsed?.query ?? null;
  const [results, setResults] = useState<(SearchHit & { record: SearchRecord })[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!parsed) return;
    const { query: q, blank } = parsed;
    const input = document.getElementById('search-page-q');
    if (input instanceof HTMLInputElement) input.value = q;
    if (blank) return;
    loadSearcher()
      .then((s) => {
        const records = new Map(s.records.map((r) => [r.id, r]));
        setResults(
          s.search(q, lang, 50).flatMap((h) => {
            const record = records.get(h.id);
            return record ? [{ ...h, record }] : [];
          }),
        );
      })
      .catch(() => setFailed(true));
  }, [lang, parsed]);

  if (query === null) return null;
  if (failed) return <p role="status">{t.loadFailed}</p>;
  if (query.trim() === '') return <p role="status">{t.emptyQuery}</p>;
  const other = otherLang(lang);
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t.resultsFor(query)}</h2>
      <p role="status" className="muted">
        {results.length === 0 ? t.noResults(query) : t.count(results.length)}
      </p>
      <ol className="search-page-results">
        {results.map((r) => (
          <li key={r.id}>
            <Link href={paths.node(lang, r.id)} className={`node-link kind-${r.kind}`}>
              <Highlighted text={lang === 'en' ? r.record.labelEn : r.record.labelZh} ranges={r.labelRanges} />
            </Link>{' '}
            <span className="search-other" lang={htmlLang(other)}>
              {other === 'en' ? r.record.labelEn : r.record.labelZh}
            </span>{' '}
            <span className="badge">{NODE_KIND_NAMES[r.kind][lang].one}</span>
            {r.field === 'body' ? <span className="search-note"> · {t.inBody}</span> : null}
            <p>{lang === 'en' ? r.record.summaryEn : r.record.summaryZh}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
