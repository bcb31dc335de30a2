/**
 * The palette's keyboard model, pure (combobox-keys.test.ts): the shortcuts that open it
 * from anywhere on the page, and what each key does in its combobox (the WAI-ARIA
 * combobox pattern: the input keeps focus and names the active option; arrows move
 * through the options and wrap, Enter chooses, Escape closes).
 */

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * True for the keys that open search: Ctrl+K or ⌘K anywhere, and "/" when the reader is
 * not typing in a field (where "/" is a character).
 */
export function opensSearch(e: KeyPress, typingInField: boolean): boolean {
  if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey) return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInField;
}

export type ComboboxAction = { type: 'move'; to: number } | { type: 'choose' } | { type: 'close' } | { type: 'none' };

export function comboboxKey(key: string, active: number, count: number): ComboboxAction {
  switch (key) {
    case 'ArrowDown':
      return count === 0 ? { type: 'none' } : { type: 'move', to: (active + 1) % count };
    case 'ArrowUp':
      return count === 0 ? { type: 'none' } : { type: 'move', to: (active - 1 + count) % count };
    case 'Enter':
      return count === 0 ? { type: 'none' } : { type: 'choose' };
    case 'Escape':
      return { type: 'close' };
    default:
      return { type: 'none' };
  }
}
