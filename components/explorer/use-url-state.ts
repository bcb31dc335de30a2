'use client';

/**
 * Keeps the explorer's state in the query string: read on load and on back/forward,
 * written (as a new history entry) on every change the reader makes.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_STATE,
  parseExplorerQuery,
  serializeExplorerState,
  type ExplorerState,
  type Ignored,
} from '@/graph/explore-state';

export function useUrlState(nodeIds: ReadonlySet<string>) {
  const [state, setState] = useState<ExplorerState>(DEFAULT_STATE);
  const [ignored, setIgnored] = useState<Ignored[]>([]);

  useEffect(() => {
    const read = () => {
      const parsed = parseExplorerQuery(window.location.search, nodeIds);
      // Applied as a transition (React renders the big list in slices, keeping the page
      // responsive), and not at all when the address holds the state already shown, as on
      // a plain visit: re-rendering thousands of elements for nothing is what made the
      // explorer's start slow.
      startTransition(() => {
        setState((current) =>
          serializeExplorerState(current) === serializeExplorerState(parsed.state) ? current : parsed.state,
        );
        setIgnored((current) => (current.length === 0 && parsed.ignored.length === 0 ? current : parsed.ignored));
      });
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [nodeIds]);

  const update = useCallback((next: ExplorerState) => {
    setState(next);
    setIgnored([]);
    const query = serializeExplorerState(next);
    window.history.pushState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
  }, []);

  return { state, ignored, update };
}
