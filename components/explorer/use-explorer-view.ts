'use client';

/**
 * The view for the explorer's state. The opening view, filters and "show everything" are
 * plain set operations (graph/view-filters.ts); a focus or a path needs graph algorithms,
 * which come with cytoscape (graph/view.ts) — loaded only when first needed, so the
 * explorer opens without it. Until it arrives the view stays as it was.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type * as ViewModule from '@/graph/view';
import { needsAlgorithms, simpleView } from '@/graph/view-filters';

type Algorithms = Pick<typeof ViewModule, 'computeView' | 'headless'>;

export function useExplorerView(graph: ExplorerGraph, state: ExplorerState) {
  const needs = needsAlgorithms(graph, state);
  const [algorithms, setAlgorithms] = useState<Algorithms | undefined>(undefined);
  useEffect(() => {
    if (!needs || algorithms) return;
    let live = true;
    import('@/graph/view')
      .then((m) => live && setAlgorithms({ computeView: m.computeView, headless: m.headless }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [needs, algorithms]);
  const cy = useMemo(() => algorithms?.headless(graph), [algorithms, graph]);
  const view = useMemo(
    () => (needs && algorithms && cy ? algorithms.computeView(graph, state, cy) : simpleView(graph, state)),
    [needs, algorithms, cy, graph, state],
  );
  return { view, pending: needs && !algorithms };
}
