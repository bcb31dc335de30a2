'use client';

/**
 * Holds the matrix's two layouts — a table, and cards one challenge at a time — and which
 * one shows: cards on narrow screens and the table elsewhere, unless the reader switches.
 * It also hides the level groups the address leaves out (`?levels=`). Without JavaScript
 * the screen's width decides and every level shows.
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useHydrated } from '../use-client';
import { useMatrixLevels } from './use-matrix-levels';

/** Below this width the cards show first (the same width as in matrix.css). */
const NARROW = '(max-width: 50rem)';

function subscribeNarrow(onChange: () => void) {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

type Layout = 'cards' | 'table';

export function MatrixLayout({
  labels,
  controls,
  children,
}: {
  labels: { group: string; cards: string; table: string };
  /** Shown on the switch's row (the level filter). */
  controls: ReactNode;
  children: ReactNode;
}) {
  const ready = useHydrated();
  const narrow = useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
  const [chosen, setChosen] = useState<Layout | null>(null);
  const shown: Layout = chosen ?? (narrow ? 'cards' : 'table');
  const { levels, all } = useMatrixLevels();
  return (
    <div className="matrix-layout" data-layout={chosen ?? 'auto'} data-levels={all ? 'all' : levels.join(' ')}>
      <div className="matrix-controls">
        {ready ? (
          <div className="layout-switch" role="group" aria-label={labels.group}>
            {(['cards', 'table'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={shown === l} onClick={() => setChosen(l)}>
                {l === 'cards' ? labels.cards : labels.table}
              </button>
            ))}
          </div>
        ) : null}
        {controls}
      </div>
      {children}
    </div>
  );
}
