'use client';

/**
 * The searcher as React state: loaded when `wanted` first becomes true, usable as soon as
 * the core index is in (`status: 'ready'`), and again — as a new `index` — once the
 * explanations' words are in (`complete`), so results computed from it are searched again.
 */
import { useEffect, useState } from 'react';
import type { Searcher } from '@/graph/search';
import { loadCompleteSearcher, loadSearcher } from './load-searcher';

export type SearcherStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearcherState {
  status: SearcherStatus;
  searcher: Searcher | undefined;
  /** True once the explanations were loaded (or could not be: `searcher.hasBody` says which). */
  complete: boolean;
  /**
   * The loaded index as one value that changes when the searcher gains the explanations
   * (the searcher object itself stays the same): the dependency for results computed from it.
   */
  index: { searcher: Searcher; complete: boolean } | undefined;
  /** Loads again after a failure. */
  retry: () => void;
}

export function useSearcher(wanted: boolean): SearcherState {
  const [loaded, setLoaded] = useState<{
    searcher?: Searcher;
    complete: boolean;
    failed: boolean;
    index?: { searcher: Searcher; complete: boolean };
  }>({ complete: false, failed: false });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadSearcher()
      .then((searcher) => {
        if (live)
          setLoaded((prev) => ({ ...prev, searcher, failed: false, index: { searcher, complete: prev.complete } }));
        return loadCompleteSearcher();
      })
      .then(
        (searcher) =>
          live && setLoaded({ searcher, complete: true, failed: false, index: { searcher, complete: true } }),
      )
      .catch(() => live && setLoaded((prev) => ({ ...prev, failed: true })));
    return () => {
      live = false;
    };
  }, [wanted, attempt]);

  const status: SearcherStatus = loaded.searcher ? 'ready' : loaded.failed ? 'error' : wanted ? 'loading' : 'idle';
  return {
    status,
    searcher: loaded.searcher,
    complete: loaded.complete,
    index: loaded.index,
    retry: () => {
      setLoaded((prev) => ({ ...prev, failed: false }));
      setAttempt((n) => n + 1);
    },
  };
}
