'use client';

/**
 * The header's search button: a link to the search page, so without JavaScript it still
 * leads somewhere useful; once the page runs, it opens the palette instead.
 */
import Link from 'next/link';
import type { Lang } from '@/graph/schema';
import { paths } from '../paths';
import { useHydrated } from '../use-client';

export function PaletteButton({ lang, label, onOpen }: { lang: Lang; label: string; onOpen: () => void }) {
  // Marks the button once the shortcuts are live (before hydration, the button is a plain link).
  const ready = useHydrated();
  return (
    <Link
      href={paths.search(lang)}
      className="search-button"
      onClick={(e) => {
        e.preventDefault();
        onOpen();
      }}
      aria-keyshortcuts="/ Control+K"
      data-ready={ready ? '' : undefined}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span>{label}</span>
      <kbd aria-hidden="true">/</kbd>
    </Link>
  );
}
