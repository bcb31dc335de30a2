import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerNode } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import type { View } from '@/graph/view';
import { PathFinder } from './path-finder';
import { PathResult } from './path-result';

interface PathProps {
  lang: Lang;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  view: View;
  nodeById: ReadonlyMap<string, ExplorerNode>;
  labelOf: (id: string) => string;
  plainLinks: boolean;
}

/**
 * The path finder's place, first in the control panel: the two ends (searchable, grouped
 * by kind), the hubs switch, and what it found between them written out as sentences.
 */
export function PathSlot(p: PathProps & { nodes: readonly ExplorerNode[] }) {
  return (
    <div className="path-slot">
      <PathFinder
        lang={p.lang}
        nodes={p.nodes}
        kinds={p.state.kinds}
        from={p.state.from}
        to={p.state.to}
        hubs={p.state.hubs}
        finding={p.view.paths}
        onChange={p.set}
      />
      <ExplorerPathResult {...p} />
    </div>
  );
}

/** The chains or the connection between the two ends; in the panel, or above the graph of an embed without controls. */
export function ExplorerPathResult({ lang, state, set, view, nodeById, labelOf, plainLinks }: PathProps) {
  const from = state.from ? nodeById.get(state.from) : undefined;
  const to = state.to ? nodeById.get(state.to) : undefined;
  if (!view.paths || !from || !to) return null;
  return (
    <PathResult
      lang={lang}
      finding={view.paths}
      from={from}
      to={to}
      hubs={state.hubs}
      plainLinks={plainLinks}
      onSwap={() => set({ from: state.to, to: state.from })}
      labelOf={labelOf}
    />
  );
}
