'use client';

/**
 * The explorer's state, read from the address (so a view can be shared, bookmarked and
 * stepped through with back and forward) and written back to it as a new history entry
 * on every change the reader makes. Before the page runs in the browser it is the default
 * view, which is also what the HTML shows.
 */
import { useCallback, useMemo } from 'react';
import {
  DEFAULT_STATE,
  parseExplorerQuery,
  serializeExplorerState,
  type ExplorerState,
  type ParsedState,
} from '@/graph/explore-state';
import { pushSearch, useLocationSearch } from '../use-client';

const BEFORE_START: ParsedState = { state: DEFAULT_STATE, ignored: [] };

export function useExplorerState(nodeIds: ReadonlySet<string>) {
  const search = useLocationSearch();
  const { state, ignored } = useMemo(
    () => (search === null ? BEFORE_START : parseExplorerQuery(search, nodeIds)),
    [search, nodeIds],
  );
  const update = useCallback((next: ExplorerState) => pushSearch(serializeExplorerState(next)), []);
  return { state, ignored, update };
}
