'use client';

/**
 * The search palette on every page: the header button and the shortcuts that work from
 * anywhere ("/" and Ctrl/⌘+K). The dialog itself (palette-dialog.tsx: the field, the
 * results, the index) is loaded the first time the reader asks for it, not with the page.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import { opensSearch } from './combobox-keys';
import { PaletteButton } from './palette-button';
import './search.css';

const PaletteDialog = dynamic(() => import('./palette-dialog').then((m) => m.PaletteDialog), { ssr: false });

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function SearchPalette({ lang }: { lang: Lang }) {
  const t = searchStrings(lang);
  // How many times the reader asked for the palette: 0 until the first time.
  const [request, setRequest] = useState(0);
  const ask = () => setRequest((n) => n + 1);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!opensSearch(e, isEditable(e.target))) return;
      e.preventDefault();
      setRequest((n) => n + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <PaletteButton lang={lang} label={t.open} onOpen={ask} />
      {request > 0 ? <PaletteDialog lang={lang} request={request} /> : null}
    </>
  );
}
