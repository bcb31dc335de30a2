'use client';

/**
 * The current step of a stepped sequence (a tour, a lesson), kept in the address as
 * `?step=N` so every step has a link and back/forward move through it. Reusable: give it
 * the number of steps; it returns the step, any bad `step` value to report, whether the
 * address has been read yet (false during the server render and hydration), and `go(n)`,
 * which moves to step n as a new history entry (out-of-range numbers are ignored).
 */
import { useCallback, useMemo } from 'react';
import { parseStep } from '@/graph/tour-params';
import { pushSearch, useLocationSearch } from '../use-client';

export interface StepParam {
  /** 1-based; 1 until the address is read. */
  step: number;
  /** The `step` value that names no step, shortened, for a visible note; undefined when fine. */
  bad: string | undefined;
  /** True once the address has been read in the browser. */
  ready: boolean;
  go: (n: number) => void;
}

export function useStepParam(total: number, onMove?: (n: number) => void): StepParam {
  const search = useLocationSearch();
  const ready = search !== null;
  const { step, bad } = useMemo(
    () => (search === null ? { step: 1, bad: undefined } : parseStep(search, total)),
    [search, total],
  );
  const go = useCallback(
    (n: number) => {
      if (n < 1 || n > total) return;
      const url = new URL(window.location.href);
      url.searchParams.set('step', String(n));
      onMove?.(n);
      pushSearch(url.search);
    },
    [total, onMove],
  );
  return { step, bad, ready, go };
}
