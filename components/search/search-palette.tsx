'use client';

/**
 * The search palette on every page: opened by the header button, by "/" and by Ctrl/Cmd+K.
 * It follows the WAI-ARIA combobox pattern: a combobox input that controls a listbox of
 * options grouped by kind; arrow keys move, Enter opens, Escape closes and returns focus
 * to where it was. The header button is a link to the search page, so without JavaScript
 * it still leads somewhere useful.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../use-client';
import { searchStrings } from '@/content/messages/search-strings';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import type { Lang, NodeKind } from '@/graph/schema';
import type { SearchHit, SearchRecord, Searcher } from '@/graph/search';
import { htmlLang, otherLang, paths } from '../paths';
import { Highlighted } from './highlighted';
import { loadSearcher } from './load-searcher';

interface Result extends SearchHit {
  record: SearchRecord;
}

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function SearchPalette({ lang }: { lang: Lang }) {
  const t = searchStrings(lang);
  const router = useRouter();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(null);
  const searcher = useRef<Searcher | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Result[]>([]);
  const [active, setActive] = useState(0);
  // Marks the button once the shortcuts are live (before hydration, the button is a plain link).
  const ready = useHydrated();

  const run = useCallback(
    (q: string) => {
      const s = searcher.current;
      if (!s) return;
      const records = new Map(s.records.map((r) => [r.id, r]));
      const hits = s.search(q, lang, 40).flatMap((h) => {
        const record = records.get(h.id);
        return record ? [{ ...h, record }] : [];
      });
      // Grouped by kind, in the order of each kind's best hit, so arrows follow what is shown.
      const order: NodeKind[] = [];
      for (const h of hits) if (!order.includes(h.kind)) order.push(h.kind);
      setResults(order.flatMap((k) => hits.filter((h) => h.kind === k)));
      setActive(0);
    },
    [lang],
  );

  const open = useCallback(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    opener.current = document.activeElement;
    d.showModal();
    input.current?.focus();
    input.current?.select();
    if (searcher.current) return;
    setStatus('loading');
    loadSearcher()
      .then((s) => {
        searcher.current = s;
        setStatus('ready');
        if (input.current?.value) run(input.current.value);
      })
      .catch(() => setStatus('error'));
  }, [run]);

  const close = () => dialog.current?.close();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if (
        (k === 'k' && (e.ctrlKey || e.metaKey)) ||
        (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target))
      ) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onClose = () => {
      const back = opener.current;
      if (back instanceof HTMLElement) back.focus();
    };
    d.addEventListener('close', onClose);
    return () => d.removeEventListener('close', onClose);
  }, []);

  const go = (r: Result | undefined) => {
    if (!r) return;
    close();
    router.push(paths.node(lang, r.id));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + results.length) % results.length;
      setActive(next);
      document.getElementById(`${id}-opt-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(results[active]);
    } else if (e.key === 'Escape') {
      // A search input's own Escape only clears it; here Escape closes the palette, as the pattern says.
      e.preventDefault();
      close();
    }
  };

  const other = otherLang(lang);
  const listId = `${id}-list`;
  const groups: { kind: NodeKind; items: { r: Result; index: number }[] }[] = [];
  results.forEach((r, index) => {
    const g = groups.find((x) => x.kind === r.kind);
    if (g) g.items.push({ r, index });
    else groups.push({ kind: r.kind, items: [{ r, index }] });
  });
  const statusText =
    status === 'loading'
      ? t.loading
      : status === 'error'
        ? t.loadFailed
        : query.trim() === ''
          ? t.hint
          : results.length === 0
            ? t.noResults(query.trim())
            : `${t.count(results.length)}. ${t.hint}`;

  return (
    <>
      <Link
        href={paths.search(lang)}
        className="search-button"
        onClick={(e) => {
          e.preventDefault();
          open();
        }}
        aria-keyshortcuts="/ Control+K"
        data-ready={ready ? '' : undefined}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span>{t.open}</span>
        <kbd aria-hidden="true">/</kbd>
      </Link>
      {/* A click on the backdrop (the dialog element itself, outside its box) closes it; from
          the keyboard, Escape does (the native dialog's own behaviour). */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- see above */}
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-label={t.dialogLabel}
        onClick={(e) => e.target === dialog.current && close()}
      >
        <div className="search-box">
          <label htmlFor={`${id}-input`} className="visually-hidden">
            {t.inputLabel}
          </label>
          <input
            ref={input}
            id={`${id}-input`}
            type="search"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={results.length > 0 ? `${id}-opt-${active}` : undefined}
            aria-describedby={`${id}-status`}
            autoComplete="off"
            spellCheck={false}
            placeholder={t.placeholder}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              run(e.target.value);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" onClick={close} className="search-close">
            {t.close}
          </button>
        </div>
        <p id={`${id}-status`} className="search-status muted" role="status">
          {statusText}
        </p>
        <div id={listId} role="listbox" aria-label={t.dialogLabel} className="search-results">
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-labelledby={`${id}-g-${g.kind}`}>
              <div id={`${id}-g-${g.kind}`} role="presentation" className="search-group">
                {NODE_KIND_NAMES[g.kind][lang].many}
              </div>
              {g.items.map(({ r, index }) => (
                // Options of a combobox are never focused: the input keeps focus and names the
                // active one (aria-activedescendant); arrows and Enter on the input choose.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- see above
                <div
                  key={r.id}
                  id={`${id}-opt-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`search-option${index === active ? ' is-active' : ''}`}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => go(r)}
                >
                  <span className={`search-label kind-${r.kind}`}>
                    <Highlighted text={lang === 'en' ? r.record.labelEn : r.record.labelZh} ranges={r.labelRanges} />
                  </span>{' '}
                  <span className="search-other" lang={htmlLang(other)}>
                    {other === 'en' ? r.record.labelEn : r.record.labelZh}
                  </span>
                  {r.field === 'body' ? <span className="search-note"> · {t.inBody}</span> : null}
                </div>
              ))}
            </div>
          ))}
        </div>
      </dialog>
    </>
  );
}
