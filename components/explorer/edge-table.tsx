import { memo } from 'react';
import type { ExploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerEdge } from '@/graph/explorer-data';
import { EDGE_RULES } from '@/graph/kinds';
import type { Lang } from '@/graph/schema';

/** The links among the ideas shown, one row each: from, link, to, stance. */
export const EdgeTable = memo(function EdgeTable({
  lang,
  t,
  edges,
  labelOf,
}: {
  lang: Lang;
  t: ExploreStrings;
  edges: readonly ExplorerEdge[];
  labelOf: (id: string) => string | undefined;
}) {
  return (
    <table className="edge-table">
      <caption>{t.edgeTable}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colFrom}</th>
          <th scope="col">{t.colLink}</th>
          <th scope="col">{t.colTo}</th>
          <th scope="col">{t.colStance}</th>
        </tr>
      </thead>
      <tbody>
        {edges.map((e) => (
          <tr key={e.id}>
            <td>{labelOf(e.source)}</td>
            <td>{EDGE_RULES[e.kind].verbs[lang].forward}</td>
            <td>{labelOf(e.target)}</td>
            <td>{e.stance === 'inferred' ? t.inferred : t.stated}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
