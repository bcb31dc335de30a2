'use client';

/**
 * The search palette's dialog, loaded the first time the reader asks for it (the header
 * button, "/" or Ctrl/Cmd+K: search-palette.tsx) and opened again at each later `request`.
 * It follows the WAI-ARIA combobox pattern: a combobox input that controls a listbox of
 * options (palette-listbox.tsx); the keys are in combobox-keys.ts, the index is loaded by
 * use-searcher.ts on first use, and what is offered for a query is palette-options.ts. The
 * field and its one close control are palette-search-box.tsx.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import { withBase } from '../paths';
import { pushSearch, useLatest } from '../use-client';
import { comboboxKey } from './combobox-keys';
import { PaletteListbox } from './palette-listbox';
import { PaletteSearchBox } from './palette-search-box';
import { usePaletteAnswer } from './use-palette-answer';
import { usePaletteDialog } from './use-palette-dialog';
import { useSearcher } from './use-searcher';

export function PaletteDialog({ lang, request }: { lang: Lang; request: number }) {
  const t = searchStrings(lang);
  const router = useRouter();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // The active option belongs to the query it was chosen for: a new query starts at the top.
  const [activeFor, setActiveFor] = useState({ query: '', index: 0 });
  const state = useSearcher(true);
  const { options, status } = usePaletteAnswer(state, query, lang, t);
  const active = activeFor.query === query ? Math.min(activeFor.index, Math.max(0, options.length - 1)) : 0;
  const { open, close } = usePaletteDialog(dialog, input, () => {
    if (state.status === 'error') state.retry();
  });
  // Each request (a click or a shortcut, counted by the shell) opens the dialog.
  const openLatest = useLatest(open);
  useEffect(() => openLatest.current(), [request, openLatest]);

  const setActive = (index: number) => {
    setActiveFor({ query, index });
    document.getElementById(`${id}-opt-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.type === 'query') {
      setQuery(option.query);
      input.current?.focus();
      return;
    }
    close();
    // On the page the option leads to (the search page, a challenge's page), only the
    // address's query or fragment changes: the page reads it from there (useLocationSearch).
    const url = new URL(withBase(option.href), window.location.href);
    if (url.pathname !== window.location.pathname) router.push(option.href);
    else {
      if (url.search !== window.location.search) pushSearch(url.search);
      if (url.hash) window.location.hash = url.hash;
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxKey(e.key, active, options.length);
    if (action.type === 'none') return;
    e.preventDefault();
    if (action.type === 'move') setActive(action.to);
    else if (action.type === 'choose') choose(active);
    else close();
  };

  const listId = `${id}-list`;
  return (
    <>
      {/* A click on the backdrop (the dialog element itself, outside its box) closes it; from
          the keyboard, Escape does (the native dialog's own behaviour). */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- see above */}
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-label={t.dialogLabel}
        onClick={(e) => e.target === dialog.current && close()}
      >
        <PaletteSearchBox
          inputRef={input}
          idPrefix={id}
          listId={listId}
          statusId={`${id}-status`}
          optionCount={options.length}
          active={active}
          query={query}
          t={t}
          onQuery={setQuery}
          onKeyDown={onKeyDown}
          onClose={close}
        />
        <p id={`${id}-status`} className="search-status muted" role="status">
          {status}
        </p>
        <PaletteListbox
          options={options}
          active={active}
          idPrefix={id}
          listId={listId}
          lang={lang}
          t={t}
          onHover={(index) => setActiveFor({ query, index })}
          onChoose={choose}
        />
      </dialog>
    </>
  );
}
