'use client';

/**
 * The policy matrix, compact, for embeds: challenges (rows, grouped by level) against
 * governance measures (columns), with the stance of each link in a symbol and in words
 * and the gaps marked. The full matrix page has the citations and trade-offs.
 */
import { messages } from '@/content/messages';
import type { ExplorerGraph } from '@/graph/explorer-data';
import { LEVEL_NAMES, SCOPE_NAMES } from '@/graph/kinds';
import type { Lang, Level } from '@/graph/schema';
import { paths, withBase } from '../paths';
import type { EmbedMatrix as Matrix } from './embed-data';

export function EmbedMatrix({
  lang,
  graph,
  matrix,
  levels,
}: {
  lang: Lang;
  graph: ExplorerGraph;
  matrix: Matrix;
  levels: readonly Level[];
}) {
  const t = messages(lang);
  const label = new Map(graph.nodes.map((n) => [n.id, n.label[lang]]));
  const gaps = new Set(matrix.gaps);
  const groups = [
    ...matrix.groups.filter((g) => levels.includes(g.level)).map((g) => ({ ...g, name: LEVEL_NAMES[g.level][lang] })),
    ...(matrix.unplaced.length > 0 ? [{ level: 'none', name: t.matrix.noLevel, rows: matrix.unplaced }] : []),
  ];
  const scopes = [...new Set(matrix.columns.map((c) => c.scope))];
  return (
    <div className="table-scroll" role="region" aria-labelledby="embed-matrix-caption" tabIndex={0}>
      <table className="matrix">
        <caption id="embed-matrix-caption">{t.embed.matrixCaption}</caption>
        <thead>
          <tr>
            <td rowSpan={2} />
            {scopes.map((s) => (
              <th key={s} scope="colgroup" colSpan={matrix.columns.filter((c) => c.scope === s).length}>
                {SCOPE_NAMES[s][lang]}
              </th>
            ))}
          </tr>
          <tr>
            {matrix.columns.map((c) => (
              <th key={c.id} scope="col" className="measure">
                <a href={withBase(paths.node(lang, c.id))} target="_blank" rel="noopener">
                  {label.get(c.id)}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.level}>
            <tr>
              <th scope="rowgroup" colSpan={matrix.columns.length + 1} className="level-row">
                {g.name}
              </th>
            </tr>
            {g.rows.map((r) => (
              <tr key={r.id} className={gaps.has(r.id) ? 'gap-row' : undefined}>
                <th scope="row" className={r.depth > 0 ? 'sub' : undefined}>
                  <a href={withBase(paths.node(lang, r.id))} target="_blank" rel="noopener">
                    {label.get(r.id)}
                  </a>
                  {gaps.has(r.id) ? <span className="gap-badge">{t.matrix.gap}</span> : null}
                </th>
                {matrix.columns.map((c) => {
                  const stance = r.cells[c.id];
                  return (
                    <td key={c.id}>
                      {stance ? (
                        <>
                          <span className={`cell-mark ${stance}`} aria-hidden="true">
                            {stance === 'stated' ? '●' : '◐'}
                          </span>
                          <span className="visually-hidden">
                            {stance === 'stated' ? t.matrix.stated : t.matrix.inferred}
                          </span>
                        </>
                      ) : (
                        <>
                          <span className="cell-mark none" aria-hidden="true">
                            ·
                          </span>
                          <span className="visually-hidden">{t.matrix.none}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
