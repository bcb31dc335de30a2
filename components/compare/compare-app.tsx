'use client';

/**
 * The compare page's interactive part: two pickers whose choice lives in the address
 * (`?a=emergence&b=homogenization`), and the comparison of the chosen pair, built from the
 * two ideas' cards fetched from `/compare/{lang}/{id}.json`. A pair the page already shows
 * in full (one of the paper's own contrasts) is not fetched again: the reader is taken to
 * it. Anything in the address that names no idea is reported in a visible note.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { compareStrings } from '@/content/messages/compare-strings';
import type { Comparison } from '@/graph/compare';
import { cardPath, parseCompareQuery } from '@/graph/compare-query';
import type { Lang } from '@/graph/schema';
import { withBase } from '../paths';
import { pushSearch, useLocationSearch } from '../use-client';
import { ComparisonView } from './comparison-view';

export interface CompareOption {
  id: string;
  label: string;
}

export interface CompareGroup {
  kind: string;
  name: string;
  options: CompareOption[];
}

type Result = { status: 'loading' } | { status: 'ok'; cmp: Comparison } | { status: 'failed' };

async function loadPair(lang: Lang, a: string, b: string): Promise<Comparison> {
  const { CompareCard, comparePair } = await import('@/graph/compare');
  const card = async (id: string) => {
    const res = await fetch(withBase(cardPath(lang, id)));
    if (!res.ok) throw new Error(`${id}: HTTP ${res.status}`);
    return CompareCard.parse(await res.json());
  };
  const [ca, cb] = await Promise.all([card(a), card(b)]);
  return comparePair(ca, cb);
}

export function CompareApp({
  lang,
  groups,
  contrasts,
}: {
  lang: Lang;
  /** The ideas to choose from, grouped by kind and sorted. */
  groups: CompareGroup[];
  /** The pairs shown in full below, and their anchors. */
  contrasts: { a: string; b: string; anchor: string }[];
}) {
  const t = compareStrings(lang);
  const search = useLocationSearch();
  const ids = useMemo(() => new Set(groups.flatMap((g) => g.options.map((o) => o.id))), [groups]);
  const label = useMemo(() => new Map(groups.flatMap((g) => g.options.map((o) => [o.id, o.label]))), [groups]);
  const query = useMemo(() => parseCompareQuery(search ?? '', ids), [search, ids]);
  const { a, b } = query;
  const contrast = contrasts.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  const pair = a !== undefined && b !== undefined && contrast === undefined ? `${a}|${b}` : undefined;

  // The fetched comparison, with the pair it belongs to: until the pair asked for arrives,
  // the result shows as loading (no effect has to reset anything).
  const [fetched, setFetched] = useState<{ pair: string; result: Result } | null>(null);
  const result: Result | undefined =
    pair === undefined ? undefined : fetched?.pair === pair ? fetched.result : { status: 'loading' };
  useEffect(() => {
    if (pair === undefined || a === undefined || b === undefined) return;
    let live = true;
    loadPair(lang, a, b)
      .then((cmp) => live && setFetched({ pair, result: { status: 'ok', cmp } }))
      .catch(() => live && setFetched({ pair, result: { status: 'failed' } }));
    return () => {
      live = false;
    };
  }, [pair, a, b, lang]);

  // A pair shown below: go there (unless the address already names a place on the page).
  useEffect(() => {
    if (contrast && window.location.hash === '') document.getElementById(contrast.anchor)?.scrollIntoView();
  }, [contrast]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const q = new URLSearchParams();
    for (const p of ['a', 'b']) {
      const v = data.get(p);
      if (typeof v === 'string' && v !== '') q.set(p, v);
    }
    pushSearch(q.size > 0 ? `?${q.toString()}` : '');
  };

  return (
    <div className="compare-app" data-ready={search === null ? undefined : ''}>
      <form className="compare-form" method="get" onSubmit={submit} key={search ?? ''}>
        <fieldset>
          <legend>{t.pick}</legend>
          <IdeaSelect name="a" label={t.first} value={a} groups={groups} placeholder={t.choose} />
          <IdeaSelect name="b" label={t.second} value={b} groups={groups} placeholder={t.choose} />
          <button type="submit">{t.submit}</button>
        </fieldset>
      </form>
      <noscript>
        <p className="notice">{t.needsScript}</p>
      </noscript>
      {query.problems.length > 0 ? (
        <div className="notice" role="note">
          {query.problems.map((p) => (
            <p key={`${p.param}-${p.reason}`}>
              {p.reason === 'unknown' ? t.unknown(p.param, p.value) : p.reason === 'same' ? t.same : t.missing(p.param)}
            </p>
          ))}
        </div>
      ) : null}
      {contrast && a && b ? (
        <p className="compare-jump">
          {t.prerendered(label.get(a) ?? a, label.get(b) ?? b)} <a href={`#${contrast.anchor}`}>{t.readIt}</a>
        </p>
      ) : null}
      <div aria-live="polite" className="compare-result">
        {result?.status === 'loading' ? <p className="muted">{t.loading}</p> : null}
        {result?.status === 'failed' ? (
          <p className="notice" role="note">
            {t.loadFailed}
          </p>
        ) : null}
        {result?.status === 'ok' ? (
          <ComparisonView cmp={result.cmp} lang={lang} t={t} id="comparison" level={2} />
        ) : null}
      </div>
    </div>
  );
}

function IdeaSelect({
  name,
  label,
  value,
  groups,
  placeholder,
}: {
  name: 'a' | 'b';
  label: string;
  value: string | undefined;
  groups: CompareGroup[];
  placeholder: string;
}) {
  return (
    <p className="compare-pick">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{placeholder}</option>
        {groups.map((g) => (
          <optgroup key={g.kind} label={g.name}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </p>
  );
}
