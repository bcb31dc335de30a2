'use client';

/**
 * Every result of a search, grouped by kind — in the order of each kind's best result —
 * and ranked within each group: ideas that match every word first, those matched by their
 * name before those matched in their summary or explanation.
 */
import Link from 'next/link';
import { searchPageStrings } from '@/content/messages/search-page-strings';
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import type { SearchHit, Searcher } from '@/graph/search';
import type { SearchKind } from '@/graph/search-index';
import { htmlLang, otherLang } from '../paths';
import { Highlighted } from './highlighted';
import { kindName } from './kind-name';
import { listTerms } from './palette-options';
import { resultHref } from './search-links';

function Result({ hit, searcher, lang }: { hit: SearchHit; searcher: Searcher; lang: Lang }) {
  const t = searchStrings(lang);
  const tp = searchPageStrings(lang);
  const r = searcher.record(hit.id);
  if (!r) return null;
  const other = otherLang(lang);
  return (
    <li data-result-id={hit.id}>
      <Link href={resultHref(lang, r)} className={`node-link kind-${hit.kind}`}>
        {r.section ? <span className="search-section-number">{r.section} </span> : null}
        <Highlighted text={lang === 'en' ? r.labelEn : r.labelZh} ranges={hit.labelRanges} />
      </Link>{' '}
      <span className="search-other" lang={htmlLang(other)}>
        {other === 'en' ? r.labelEn : r.labelZh}
      </span>
      {hit.missing.length > 0 ? (
        <span className="search-note"> · {tp.partial(listTerms(hit.missing, lang))}</span>
      ) : hit.field === 'body' ? (
        <span className="search-note"> · {t.inBody}</span>
      ) : null}
      <p>{lang === 'en' ? r.summaryEn : r.summaryZh}</p>
    </li>
  );
}

export function ResultGroups({ hits, searcher, lang }: { hits: readonly SearchHit[]; searcher: Searcher; lang: Lang }) {
  const tp = searchPageStrings(lang);
  const groups: { kind: SearchKind; hits: SearchHit[] }[] = [];
  for (const h of hits) {
    const g = groups.find((x) => x.kind === h.kind);
    if (g) g.hits.push(h);
    else groups.push({ kind: h.kind, hits: [h] });
  }
  return (
    <>
      {groups.map((g) => (
        <section key={g.kind} className="search-group-section" aria-labelledby={`results-${g.kind}`}>
          <h3 id={`results-${g.kind}`}>{tp.groupHeading(kindName(g.kind, lang, 'many'), g.hits.length)}</h3>
          <ol className="search-page-results">
            {g.hits.map((h) => (
              <Result key={h.id} hit={h} searcher={searcher} lang={lang} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
