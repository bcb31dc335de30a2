'use client';

/**
 * The palette's dialog: opening it with focus in its input, closing it, and, when it
 * closes (Escape, the close button, a click outside, a result chosen), focus back where it
 * was. The shortcuts that ask for it from anywhere are the shell's (search-palette.tsx).
 */
import { useEffect, useRef, type RefObject } from 'react';

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
