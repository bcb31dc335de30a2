'use client';

/**
 * The palette's field and its one close control. The field is the combobox of the WAI-ARIA
 * pattern: it keeps focus, names the active option (aria-activedescendant) and hands its
 * keys to the palette. It is a text field, so the browser adds no clear button of its own
 * beside the × that closes the palette.
 */
import type { Ref } from 'react';
import type { searchEn } from '@/content/messages/search-strings';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  /** Prefix of the ids: the field is `${idPrefix}-input`, the options `${idPrefix}-opt-${index}`. */
  idPrefix: string;
  listId: string;
  statusId: string;
  optionCount: number;
  active: number;
  query: string;
  t: typeof searchEn;
  onQuery: (query: string) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  onClose: () => void;
}

export function PaletteSearchBox({
  inputRef,
  idPrefix,
  listId,
  statusId,
  optionCount,
  active,
  query,
  t,
  ...on
}: Props) {
  return (
    <div className="search-box">
      <label htmlFor={`${idPrefix}-input`} className="visually-hidden">
        {t.inputLabel}
      </label>
      <input
        ref={inputRef}
        id={`${idPrefix}-input`}
        type="text"
        enterKeyHint="search"
        role="combobox"
        aria-expanded={optionCount > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={optionCount > 0 ? `${idPrefix}-opt-${active}` : undefined}
        aria-describedby={statusId}
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
        value={query}
        onChange={(e) => on.onQuery(e.target.value)}
        onKeyDown={on.onKeyDown}
      />
      <button type="button" onClick={on.onClose} className="search-close" aria-label={t.close} title={t.close}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
