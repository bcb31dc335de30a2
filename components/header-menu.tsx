'use client';

/**
 * The header's menu: every page, grouped, and on phones the theme and language settings.
 * It is a native <details> disclosure, so it opens and closes without JavaScript; with it,
 * the summary also says whether it is expanded, Escape closes it and gives focus back to
 * the summary, and a click elsewhere or following one of its links closes it.
 */
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from './use-client';

export function HeaderMenu({
  label,
  panelLabel,
  children,
}: {
  label: string;
  panelLabel: string;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const pathname = usePathname();

  // A link followed inside the menu changes the page but not the header: close it.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      summary.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !details.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <details ref={details} className="header-menu" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      {/* Without JavaScript the browser itself reports the summary's expanded state;
          aria-expanded is added only once it can be kept true. */}
      <summary ref={summary} className="header-menu-button" aria-expanded={hydrated ? open : undefined}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="header-menu-label">{label}</span>
      </summary>
      <div className="header-menu-panel" role="group" aria-label={panelLabel}>
        {children}
      </div>
    </details>
  );
}
