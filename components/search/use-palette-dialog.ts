'use client';

/**
 * The palette's dialog and its ties to the page: opening it (by the header button or the
 * shortcuts that work from anywhere: "/" and Ctrl/⌘+K) with focus in its input, closing
 * it, and, when it closes (Escape, the close button, a click outside, a result chosen),
 * focus back where it was.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useLatest } from '../use-client';
import { opensSearch } from './combobox-keys';

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function usePaletteDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  input: RefObject<HTMLInputElement | null>,
  onOpen: () => void,
): { open: () => void; close: () => void } {
  const opener = useRef<Element | null>(null);

  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    opener.current = document.activeElement;
    d.showModal();
    input.current?.focus();
    input.current?.select();
    onOpen();
  };
  const openLatest = useLatest(open);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!opensSearch(e, isEditable(e.target))) return;
      e.preventDefault();
      openLatest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openLatest]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onClose = () => {
      const back = opener.current;
      if (back instanceof HTMLElement) back.focus();
    };
    d.addEventListener('close', onClose);
    return () => d.removeEventListener('close', onClose);
  }, [dialog]);

  return { open, close: () => dialog.current?.close() };
}
