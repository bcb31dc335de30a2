'use client';

/**
 * The glossary's live filter: a text box that matches terms the way the site's search does
 * (English, Chinese, pinyin, initials — components/search/load-searcher.ts), and kind
 * chips. The table itself is rendered on the server and reads in full without
 * JavaScript; this hides the rows (and the letters) that do not match.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { glossaryFilterStrings } from '@/content/messages/glossary-strings';
import type { Lang } from '@/graph/schema';
import { loadSearcher } from '../search/load-searcher';
import { useHydrated } from '../use-client';

type Matches = { query: string; ids: ReadonlySet<string> } | { query: string; failed: true };

export function GlossaryFilter({
  lang,
  kinds,
  rows,
  children,
}: {
  lang: Lang;
  /** The kinds of term in the glossary, with their names in the page's language. */
  kinds: { kind: string; name: string }[];
  /** Every row of the table (`tr[data-id]`): its idea and kind. */
  rows: { id: string; kind: string }[];
  children: ReactNode;
}) {
  const t = glossaryFilterStrings(lang);
  const ready = useHydrated();
  const stage = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState<ReadonlySet<string>>(new Set());
  const [matches, setMatches] = useState<Matches | null>(null);
  const query = text.trim();

  // The site's search, loaded on first use, answers the text part.
  useEffect(() => {
    if (query === '') return;
    let live = true;
    loadSearcher()
      .then((s) => live && setMatches({ query, ids: new Set(s.search(query, lang, 1000).map((h) => h.id)) }))
      .catch(() => live && setMatches({ query, failed: true }));
    return () => {
      live = false;
    };
  }, [query, lang]);

  // While the answer to a new query is on its way, the last one stays applied.
  const current = query === '' ? null : matches;
  const failed = current !== null && 'failed' in current;
  const ids = current !== null && 'ids' in current ? current.ids : null;
  const ok = (row: { id: string; kind: string }) =>
    (ids === null || ids.has(row.id)) && (active.size === 0 || active.has(row.kind));
  const shown = rows.filter(ok).length;
  const visible = rows
    .filter(ok)
    .map((r) => r.id)
    .join(' ');

  // Rows and letters are the server's markup: shown or hidden here, not re-rendered.
  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    const keep = new Set(visible.split(' '));
    root.querySelectorAll<HTMLElement>('tr[data-id]').forEach((row) => {
      row.hidden = !keep.has(row.dataset.id ?? '');
    });
    root.querySelectorAll<HTMLElement>('[data-letter]').forEach((el) => {
      const section = root.querySelector(`section[data-letter="${el.dataset.letter ?? ''}"]`);
      el.hidden = section !== null && section.querySelector('tr[data-id]:not([hidden])') === null;
    });
  }, [visible]);

  const toggle = (kind: string) =>
    setActive((prev) => {
      const next = new Set(prev);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });

  return (
    <div ref={stage} className="glossary-app" data-ready={ready ? '' : undefined}>
      {ready ? (
        <div className="glossary-filter" role="search">
          <p className="glossary-find">
            <label htmlFor="glossary-find">{t.label}</label>
            <input
              id="glossary-find"
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t.placeholder}
              aria-describedby="glossary-find-hint"
              autoComplete="off"
            />
            <span id="glossary-find-hint" className="muted">
              {t.hint}
            </span>
          </p>
          <div className="glossary-kinds" role="group" aria-label={t.kinds}>
            <span className="label" aria-hidden="true">
              {t.kinds}
            </span>
            {kinds.map((k) => (
              <button
                key={k.kind}
                type="button"
                className={`chip kind-chip kind-${k.kind}`}
                aria-pressed={active.has(k.kind)}
                onClick={() => toggle(k.kind)}
              >
                {k.name}
              </button>
            ))}
          </div>
          <p role="status" className="glossary-count">
            {failed ? t.loadFailed : shown === 0 ? t.none : t.count(shown, rows.length)}
          </p>
        </div>
      ) : null}
      {children}
    </div>
  );
}
