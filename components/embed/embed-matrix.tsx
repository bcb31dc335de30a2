'use client';

/**
 * The policy matrix, compact, for embeds: challenges (rows, grouped by level) against
 * governance measures (columns), with the stance of each link as a symbol and in words, and
 * the gaps flagged. Filtered to some levels (`levels=data`), it shows only the measures
 * that reach a challenge shown, so a course frame is not filled with empty columns. Rows
 * keep to one line so the frame's height can be suggested from the number of rows
 * (matrix-height.ts). The full matrix page has the evidence and the trade-offs.
 */
import { messages } from '@/content/messages';
import { matrixStrings } from '@/content/messages/matrix-strings';
import type { ExplorerGraph } from '@/graph/explorer-data';
import { LEVEL_NAMES, SCOPE_NAMES } from '@/graph/kinds';
import { LEVELS } from '@/graph/vocabulary';
import type { Lang, Level } from '@/graph/schema';
import { paths, withBase } from '../paths';
import type { EmbedMark, EmbedMatrix as Matrix } from './embed-data';
import '../matrix/matrix.css';

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
  const s = matrixStrings(lang);
  const label = new Map(graph.nodes.map((n) => [n.id, n.label[lang]]));
  const all = LEVELS.every((l) => levels.includes(l));
  const groups = matrix.groups.filter((g) => (g.level ? levels.includes(g.level) : all));
  const columns = all
    ? matrix.columns
    : matrix.columns.filter((c) => groups.some((g) => g.rows.some((r) => r.cells[c.id] !== undefined)));
  const scopes = [...new Set(columns.map((c) => c.scope))];
  const mark = (m: EmbedMark) => (m.via ? '◌' : m.stance === 'stated' ? '●' : '◐');
  const words = (m: EmbedMark) =>
    `${m.stance === 'stated' ? s.stated : s.inferred}${m.via ? ` · ${s.reachedVia(label.get(m.via) ?? m.via)}` : ''}`;
  return (
    <>
      <p className="matrix-key embed-key">
        <span className="cell-mark stated" aria-hidden="true">
          ●
        </span>{' '}
        {s.stated} ·{' '}
        <span className="cell-mark inferred" aria-hidden="true">
          ◐
        </span>{' '}
        {s.inferred} ·{' '}
        <span className="cell-mark via" aria-hidden="true">
          ◌
        </span>{' '}
        {s.via}
      </p>
      <div className="matrix-frame embed-frame" role="region" aria-labelledby="embed-matrix-caption" tabIndex={0}>
        <table className="matrix matrix-embed">
          <caption id="embed-matrix-caption" className="visually-hidden">
            {t.embed.matrixCaption}
          </caption>
          <thead>
            <tr>
              <td rowSpan={2} className="corner">
                {s.corner}
              </td>
              {scopes.map((sc) => (
                <th key={sc} scope="colgroup" colSpan={columns.filter((c) => c.scope === sc).length} className="family">
                  <span className="vlabel" title={SCOPE_NAMES[sc][lang]}>
                    {s.familyShort[sc]}
                  </span>
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((c) => (
                <th key={c.id} scope="col" className="measure">
                  <a href={withBase(paths.node(lang, c.id))} target="_blank" rel="noopener">
                    <span className="vlabel">{label.get(c.id)}</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.level ?? 'none'}>
              <tr className="level-row">
                <th scope="rowgroup" colSpan={columns.length + 1}>
                  {g.level ? LEVEL_NAMES[g.level][lang] : s.noLevel}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={r.id} className={r.gap ? 'gap-row' : undefined}>
                  <th scope="row" className={`depth-${Math.min(r.depth, 3)}`}>
                    <a href={withBase(paths.node(lang, r.id))} target="_blank" rel="noopener">
                      {label.get(r.id)}
                    </a>
                    {r.gap ? (
                      <>
                        {' '}
                        <span className="gap-badge">{s.gap}</span>
                        <span className="visually-hidden">
                          {r.broader.length === 0
                            ? s.gapReason
                            : s.gapReasonSub(r.broader.map((b) => label.get(b) ?? b).join(', '))}
                        </span>
                      </>
                    ) : null}
                  </th>
                  {columns.map((c) => {
                    const m = r.cells[c.id];
                    return (
                      <td key={c.id} className={m ? `marked ${m.stance}${m.via ? ' via' : ''}` : undefined}>
                        <span className="cell-mark" aria-hidden="true">
                          {m ? mark(m) : '·'}
                        </span>
                        <span className="visually-hidden">{m ? words(m) : s.noneCell}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
