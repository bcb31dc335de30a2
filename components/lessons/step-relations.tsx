'use client';

/**
 * How a step follows from the one before, in sentences, as the explorer's path finder
 * writes them: the links that join the two ideas directly (stated first), or, when there
 * are none, the shortest chain of links between them (found with cytoscape, loaded only
 * then), or a plain statement that they are not connected.
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import type { lessonEn } from '@/content/messages/lesson-strings';
import { DEFAULT_STATE, type ExplorerState } from '@/graph/explore-state';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { directRelations } from '@/graph/lesson';
import { NodeId, type Lang } from '@/graph/schema';
import type { PathStep } from '@/graph/view';
import { PathChain } from '../explorer/path-chain';

type Found = PathStep[] | null | 'loading';

/** Each graph's headless cytoscape instance, built once and shared by every step. */
const instances = new WeakMap<ExplorerGraph, Core>();

/** The explorer's default filters, widened to the two ends' kinds (a cited work is left out by default). */
function pathState(from: ExplorerNode, to: ExplorerNode): ExplorerState {
  const withSources = from.kind === 'source' || to.kind === 'source';
  return {
    ...DEFAULT_STATE,
    kinds: withSources ? [...DEFAULT_STATE.kinds, 'source'] : DEFAULT_STATE.kinds,
    edges: withSources ? [...DEFAULT_STATE.edges, 'cited-for'] : DEFAULT_STATE.edges,
    from: NodeId.parse(from.id),
    to: NodeId.parse(to.id),
  };
}

function useShortestPath(graph: ExplorerGraph, from: ExplorerNode, to: ExplorerNode, wanted: boolean): Found {
  const key = `${from.id}>${to.id}`;
  const [found, setFound] = useState<{ key: string; path: PathStep[] | null } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('@/graph/view').then(({ computeView, headless }) => {
      const cy = instances.get(graph) ?? headless(graph);
      instances.set(graph, cy);
      const path = computeView(graph, pathState(from, to), cy).path ?? null;
      if (live) setFound({ key, path });
    });
    return () => {
      live = false;
    };
  }, [graph, from, to, wanted, key]);
  return found?.key === key ? found.path : 'loading';
}

export function StepRelations({
  graph,
  previous,
  current,
  lang,
  t,
  plainLinks = false,
}: {
  graph: ExplorerGraph;
  previous: ExplorerNode;
  current: ExplorerNode;
  lang: Lang;
  t: typeof lessonEn;
  plainLinks?: boolean;
}) {
  const direct = useMemo(
    () =>
      directRelations(graph, previous.id, current.id).map((r): PathStep => ({
        edge: r.edge,
        forward: r.forward,
        from: previous,
        to: current,
      })),
    [graph, previous, current],
  );
  const path = useShortestPath(graph, previous, current, direct.length === 0 && previous.id !== current.id);
  if (previous.id === current.id) return null;
  const inferred = (steps: readonly PathStep[]) => steps.some((s) => s.edge.stance === 'inferred');
  return (
    <div className="step-relations">
      <p className="label">{t.relationsLabel}</p>
      {direct.length > 0 ? (
        <ul>
          {direct.map((s) => (
            <li key={s.edge.id}>
              <PathChain steps={[s]} lang={lang} plainLinks={plainLinks} />
            </li>
          ))}
        </ul>
      ) : path === 'loading' ? (
        <p className="muted">{t.pathLoading}</p>
      ) : path === null || path.length === 0 ? (
        <p>{t.noRelation}</p>
      ) : (
        <>
          <p>{t.noDirectRelation}</p>
          <PathChain steps={path} lang={lang} plainLinks={plainLinks} />
        </>
      )}
      {inferred(direct) || (Array.isArray(path) && inferred(path)) ? <p className="muted">{t.inferredNote}</p> : null}
    </div>
  );
}
