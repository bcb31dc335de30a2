'use client';

/**
 * Keeps the explorer's state in the query string: read on load and on back/forward,
 * written (as a new history entry) on every change the reader makes.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_STATE, parseExplorerQuery, serializeExplorerState, type ExplorerState, type Ignored } from '@/graph/explore-state';

export function useUrlState(nodeIds: ReadonlySet<string>) {
  const [state, setState] = useState<ExplorerState>(DEFAULT_STATE);
  const [ignored, setIgnored] = useState<Ignored[]>([]);

  useEffect(() => {
    const read = () => {
      const parsed = parseExplorerQuery(window.location.search, nodeIds);
      setState(parsed.state);
      setIgnored(parsed.ignored);
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
