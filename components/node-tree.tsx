import type { GraphIndex } from '@/graph/load';
import { partsOf } from '@/graph/queries';
import type { Lang, Node } from '@/graph/schema';
import { NodeLink } from './node-link';

/** Nodes with their sub-topics (incoming part-of) nested beneath, to a small depth. */
export function NodeTree({
  index,
  nodes,
  lang,
  depth = 2,
}: {
  index: GraphIndex;
  nodes: readonly Node[];
  lang: Lang;
  depth?: number;
}) {
  if (nodes.length === 0) return null;
  return (
    <ul className="node-tree">
      {nodes.map((n) => {
        const parts = depth > 1 ? partsOf(index, n.id).filter((p) => p.kind === n.kind) : [];
        return (
          <li key={n.id}>
            <NodeLink node={n} lang={lang} />
            {parts.length > 0 ? <NodeTree index={index} nodes={parts} lang={lang} depth={depth - 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
