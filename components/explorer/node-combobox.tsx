'use client';

/**
 * A searchable choice of one idea: an editable combobox with a listbox popup, grouped by
 * kind (the ARIA 1.2 pattern, "list autocomplete with automatic selection"). Typing
 * filters the list by label in either language, and by whatever else `search` matches
 * (the site's search: aliases, pinyin, typos); ↑ and ↓ move through the list (focus stays
 * in the input, which names the active option), Enter chooses, Escape closes and restores
 * the choice, Tab leaves. Emptying the text and leaving clears the choice.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '@/graph/schema';
import { htmlLang, otherLang } from '../paths';
import './path.css';

export interface ComboOption {
  id: string;
  /** The label in the page's language, and in the other one (matched too, shown muted). */
  label: string;
  other: string;
  /** The key of the group it is listed under. */
  group: string;
}

export interface ComboGroup {
  key: string;
  label: string;
  /** A decorative mark beside the group's name (a kind's legend swatch). */
  mark?: ReactNode;
}

export interface ComboStrings {
  placeholder: string;
  showAll: string;
  hint: string;
  matches: (n: number) => string;
  noMatches: (q: string) => string;
}

export interface NodeComboboxProps {
  label: string;
  lang: Lang;
  /** In display order within each group. */
  options: readonly ComboOption[];
  /** In display order; options whose group is not listed are not shown. */
  groups: readonly ComboGroup[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  /** More matches for a query than the labels give; may fail (the labels still match). */
  search?: (query: string) => Promise<ReadonlySet<string>>;
  strings: ComboStrings;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The options a query keeps: every one when it is empty. */
function useMatches(
  options: readonly ComboOption[],
  groups: readonly ComboGroup[],
  query: string,
  search: NodeComboboxProps['search'],
): ComboOption[] {
  const [found, setFound] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (!search || query === '') return;
    let live = true;
    search(query)
      .then((ids) => live && setFound({ query, ids }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [query, search]);
  return useMemo(() => {
    const q = fold(query);
    const extra = found?.query === query ? found.ids : undefined;
    const keep = (o: ComboOption) =>
      q === '' || fold(o.label).includes(q) || fold(o.other).includes(q) || extra?.has(o.id) === true;
    // Flattened in group order, so the arrow keys follow what the eye sees.
    return groups.flatMap((g) => options.filter((o) => o.group === g.key && keep(o)));
  }, [options, groups, query, found]);
}

export function NodeCombobox({ label, lang, options, groups, value, onChange, search, strings }: NodeComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const selected = options.find((o) => o.id === value);
  // The text being typed; null while the input shows the current choice.
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = draft?.trim() ?? '';
  const matches = useMatches(options, groups, query, search);

  const activeId = open && active >= 0 && active < matches.length ? optionId(active) : undefined;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (o: ComboOption | undefined) => {
    if (o) onChange(o.id);
    setDraft(null);
    setOpen(false);
    setActive(-1);
  };
  const openAt = (index: number) => {
    setOpen(true);
    setActive(matches.length === 0 ? -1 : Math.max(0, Math.min(index, matches.length - 1)));
  };
  const current = () =>
    Math.max(
      0,
      matches.findIndex((o) => o.id === value),
    );

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const n = matches.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!open || e.altKey) {
        if (e.altKey && !down) setOpen(false);
        else openAt(active >= 0 ? active : current());
      } else if (n > 0) setActive((active + (down ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter') {
      if (!open) return;
      e.preventDefault();
      if (draft !== null && draft.trim() === '') {
        onChange(undefined);
        choose(undefined);
      } else choose(matches[active]);
    } else if (e.key === 'Escape') {
      if (!open && draft === null) return;
      e.preventDefault();
      setDraft(null);
      setOpen(false);
      setActive(-1);
    }
  };

  const status = !open
    ? ''
    : query !== '' && matches.length === 0
      ? strings.noMatches(query)
      : strings.matches(matches.length);
  return (
    <div className="combo">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="combo-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          ref={input}
          aria-activedescendant={activeId}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={strings.placeholder}
          value={draft ?? selected?.label ?? ''}
          onChange={(e) => {
            setDraft(e.target.value);
            setOpen(true);
            setActive(e.target.value.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft !== null && draft.trim() === '') onChange(undefined);
            setDraft(null);
            setOpen(false);
            setActive(-1);
          }}
        />
        <button
          type="button"
          className="combo-toggle"
          tabIndex={-1}
          aria-label={strings.showAll}
          aria-expanded={open}
          aria-controls={listId}
          // Keeps the focus in the input, where the keyboard works the list.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            input.current?.focus();
            if (open) setOpen(false);
            else openAt(current());
          }}
        >
          <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        {strings.hint}
      </p>
      <ComboList
        id={listId}
        label={label}
        lang={lang}
        open={open}
        groups={groups}
        matches={matches}
        active={active}
        value={value}
        optionId={optionId}
        onActive={setActive}
        onChoose={choose}
      />
      <p role="status" className="combo-status muted">
        {status}
      </p>
    </div>
  );
}

function ComboList({
  id,
  label,
  lang,
  open,
  groups,
  matches,
  active,
  value,
  optionId,
  onActive,
  onChoose,
}: {
  id: string;
  label: string;
  lang: Lang;
  open: boolean;
  groups: readonly ComboGroup[];
  matches: readonly ComboOption[];
  active: number;
  value: string | undefined;
  optionId: (i: number) => string;
  onActive: (i: number) => void;
  onChoose: (o: ComboOption) => void;
}) {
  const other = htmlLang(otherLang(lang));
  // The popup's options exist only while it is open: the closed explorer stays small.
  const shown = open ? groups.filter((g) => matches.some((o) => o.group === g.key)) : [];
  return (
    <div id={id} role="listbox" aria-label={label} className="combo-list" hidden={!open || matches.length === 0}>
      {shown.map((g) => (
        <div key={g.key} role="group" aria-labelledby={`${id}-g-${g.key}`}>
          <div id={`${id}-g-${g.key}`} role="presentation" className="combo-group">
            {g.mark} {g.label}
          </div>
          {matches.map((o, i) =>
            o.group !== g.key ? null : (
              // The input keeps the focus and names the active option (aria-activedescendant);
              // options are chosen with the arrow keys and Enter there, or with the mouse here.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- see above
              <div
                key={o.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                data-chosen={o.id === value ? '' : undefined}
                className={`combo-option${i === active ? ' is-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => onActive(i)}
                onClick={() => onChoose(o)}
              >
                <span>{o.label}</span>{' '}
                <span className="combo-other" lang={other}>
                  {o.other}
                </span>
              </div>
            ),
          )}
        </div>
      ))}
    </div>
  );
}
