'use client';

/**
 * The answer to a question, above the results: two ideas side by side ("A vs B"), a
 * challenge's governance ("privacy measures": the measures that reach it, with their
 * stance and limitations, or that none does), or a measure's limits ("what limits data
 * cleaning": its limitations and what the paper recommends in response). All of it comes
 * from the graph's links, carried in the search index.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { searchPageStrings } from '@/content/messages/search-page-strings';
import type { Lang } from '@/graph/schema';
import type { SearchIntent, Searcher } from '@/graph/search';
import { paths } from '../paths';
import { kindName } from './kind-name';
import { compareHref, governanceHref } from './search-links';

type Strings = ReturnType<typeof searchPageStrings>;

function IdeaLink({ id, searcher, lang }: { id: string; searcher: Searcher; lang: Lang }) {
  const r = searcher.record(id);
  if (!r) return null;
  return (
    <Link href={paths.node(lang, id)} className={`node-link kind-${r.kind}`}>
      {lang === 'en' ? r.labelEn : r.labelZh}
    </Link>
  );
}

/** Links to ideas, in a sentence: "A, B" or A、B. */
function IdeaList({ ids, searcher, lang }: { ids: readonly string[]; searcher: Searcher; lang: Lang }) {
  return (
    <>
      {ids.map((id, k) => (
        <span key={id}>
          {k > 0 ? (lang === 'zh' ? '、' : ', ') : ''}
          <IdeaLink id={id} searcher={searcher} lang={lang} />
        </span>
      ))}
    </>
  );
}

const labelOf = (searcher: Searcher, id: string, lang: Lang) => {
  const r = searcher.record(id);
  return r ? (lang === 'en' ? r.labelEn : r.labelZh) : id;
};

function Compare({ a, b, searcher, lang, t }: { a: string; b: string; searcher: Searcher; lang: Lang; t: Strings }) {
  return (
    <>
      <h3>{t.compareTitle(labelOf(searcher, a, lang), labelOf(searcher, b, lang))}</h3>
      <div className="compare-pair">
        {[a, b].map((id) => {
          const r = searcher.record(id);
          return r ? (
            <div key={id}>
              <span className={`badge kind-${r.kind}`}>{kindName(r.kind, lang, 'one')}</span>{' '}
              <IdeaLink id={id} searcher={searcher} lang={lang} />
              <p>{lang === 'en' ? r.summaryEn : r.summaryZh}</p>
            </div>
          ) : null;
        })}
      </div>
      <p>{searcher.core.pages.compare ? <Link href={compareHref(lang, a, b)}>{t.compareOpen}</Link> : t.compareEach}</p>
    </>
  );
}

function Governance({ id, searcher, lang, t }: { id: string; searcher: Searcher; lang: Lang; t: Strings }) {
  const entries = searcher.core.governance[id] ?? [];
  const name = labelOf(searcher, id, lang);
  return (
    <>
      <h3>{t.governanceTitle(name)}</h3>
      {entries.length === 0 ? (
        <p>{t.gap(name)}</p>
      ) : (
        <ul>
          {entries.map((e) => {
            const limits = (searcher.core.limits[e.id] ?? []).map((l) => l.id);
            return (
              <li key={e.id}>
                <IdeaLink id={e.id} searcher={searcher} lang={lang} />
                {t.stance(e.stance === 'stated', e.via ? labelOf(searcher, e.via, lang) : undefined)}
                {limits.length > 0 ? (
                  <>
                    {t.limitedBy}
                    <IdeaList ids={limits} searcher={searcher} lang={lang} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={governanceHref(lang, id)}>{t.governanceOpen(name)}</Link>
      </p>
    </>
  );
}

function Limits({ id, searcher, lang, t }: { id: string; searcher: Searcher; lang: Lang; t: Strings }) {
  const limits = searcher.core.limits[id] ?? [];
  const name = labelOf(searcher, id, lang);
  return (
    <>
      <h3>{t.limitsTitle(name)}</h3>
      {limits.length === 0 ? (
        <p>{t.noLimits(name)}</p>
      ) : (
        <ul>
          {limits.map((l) => {
            const answers = searcher.core.responses[l.id] ?? [];
            return (
              <li key={l.id}>
                <IdeaLink id={l.id} searcher={searcher} lang={lang} />
                {l.via ? t.inheritedFrom(labelOf(searcher, l.via, lang)) : ''}
                {answers.length > 0 ? (
                  <>
                    {t.answeredBy}
                    <IdeaList ids={answers} searcher={searcher} lang={lang} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function AnswerCard({ intent, searcher, lang }: { intent: SearchIntent; searcher: Searcher; lang: Lang }) {
  const t = searchPageStrings(lang);
  let body: ReactNode;
  if (intent.kind === 'compare') body = <Compare a={intent.a} b={intent.b} searcher={searcher} lang={lang} t={t} />;
  else if (intent.kind === 'governance')
    body = <Governance id={intent.challenge} searcher={searcher} lang={lang} t={t} />;
  else body = <Limits id={intent.measure} searcher={searcher} lang={lang} t={t} />;
  return (
    <section className="search-answer" aria-label={t.answerLabel}>
      {body}
    </section>
  );
}
