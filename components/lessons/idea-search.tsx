'use client';

/**
 * Adds ideas to a lesson with the site's search (the same index and ranking as the search
 * palette, components/search/load-searcher.ts). A WAI-ARIA combobox: the input keeps focus,
 * ↑ and ↓ choose a result, Enter adds it; a result can also be clicked. The index is
 * fetched when the field is first focused.
 */
import { useCallback, useId, useRef, useState } from 'react';
import type { lessonEn } from '@/content/messages/lesson-strings';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import type { Lang } from '@/graph/schema';
import type { SearchRecord, Searcher } from '@/graph/search';
import type { NodeKind } from '@/graph/schema';
import { htmlLang, otherLang } from '../paths';
import { loadSearcher } from '../search/load-searcher';

/** A search result that is an idea (not a section of the paper). */
type IdeaRecord = SearchRecord & { kind: NodeKind };
const isIdea = (r: SearchRecord): r is IdeaRecord => r.kind !== 'section';

const LIMIT = 8;

export function IdeaSearch({
  lang,
  t,
  onAdd,
}: {
  lang: Lang;
  t: typeof lessonEn;
  /** Adds the idea; returns the sentence to announce (added, or why not). */
  onAdd: (id: string) => string;
}) {
  const id = useId();
  const searcher = useRef<Searcher | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<IdeaRecord[]>([]);
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');

  const run = useCallback(
    (q: string) => {
      const s = searcher.current;
      if (!s) return;
      const records = new Map(s.records.map((r) => [r.id, r]));
      // A lesson's steps are ideas: the paper's sections, which search also finds, are left out.
      setResults(
        s
          .search(q, lang, LIMIT)
          .flatMap((h) => records.get(h.id) ?? [])
          .filter(isIdea),
      );
      setActive(0);
    },
    [lang],
  );

  const load = () => {
    if (searcher.current || status === 'loading') return;
    setStatus('loading');
    loadSearcher()
      .then((s) => {
        searcher.current = s;
        setStatus('ready');
        // What was typed while the index loaded.
        run(input.current?.value ?? '');
      })
      .catch(() => setStatus('error'));
  };

  const add = (r: SearchRecord | undefined) => {
    if (!r) return;
    setSaid(onAdd(r.id));
    setQuery('');
    setResults([]);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && results.length > 0) {
      e.preventDefault();
      const next = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      setActive(next);
      document.getElementById(`${id}-opt-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      add(results[active]);
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      setQuery('');
      setResults([]);
    }
  };

  const label = (r: SearchRecord, l: Lang) => (l === 'en' ? r.labelEn : r.labelZh);
  const statusText =
    status === 'loading'
      ? t.searchLoading
      : status === 'error'
        ? t.searchFailed
        : query.trim() !== '' && status === 'ready'
          ? results.length === 0
            ? t.noResults(query.trim())
            : `${t.results(results.length)} ${t.searchHint}`
          : t.searchHint;
  return (
    <div className="idea-search">
      <label htmlFor={`${id}-input`}>{t.searchLabel}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-status`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t.searchPlaceholder}
        value={query}
        onFocus={load}
        onChange={(e) => {
          setQuery(e.target.value);
          run(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} className="muted search-status">
        {statusText}
      </p>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <div id={`${id}-list`} role="listbox" aria-label={t.searchLabel} className="idea-results">
        {results.map((r, i) => (
          // Options are never focused: the input names the active one; arrows and Enter choose.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- see above
          <div
            key={r.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={`idea-option${i === active ? ' is-active' : ''}`}
            onMouseEnter={() => setActive(i)}
            onClick={() => add(r)}
          >
            <span className={`search-label kind-${r.kind}`}>{label(r, lang)}</span>{' '}
            <span className="search-other" lang={htmlLang(otherLang(lang))}>
              {label(r, otherLang(lang))}
            </span>{' '}
            <span className="muted">· {NODE_KIND_NAMES[r.kind][lang].one}</span>
            <span className="idea-add" aria-hidden="true">
              + {t.addButton}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
