import { matrixStrings } from '@/content/messages/matrix-strings';
import { SCOPE_NAMES } from '@/graph/kinds';
import type { Matrix, MatrixRow } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { NodeLink } from '../node-link';
import { ChallengeHead } from './challenge-head';
import { ReachMark } from './matrix-cell';

/**
 * The matrix one challenge at a time, for phones: the same information as a row of the
 * table — each measure that reaches it with its stance (openable like a cell), the gap flag
 * with its reason, and what limits each measure.
 */
export function MatrixCards({ matrix, lang, form }: { matrix: Matrix; lang: Lang; form: string }) {
  const s = matrixStrings(lang);
  return (
    <div className="matrix-cards">
      {matrix.rows.map((group) => (
        <section key={group.level ?? 'none'} data-level={group.level ?? 'none'} className="card-group">
          <h2 className="card-group-title">
            {group.levelNode ? <NodeLink node={group.levelNode} lang={lang} /> : s.noLevel}
          </h2>
          <ul className="challenge-cards">
            {group.rows.map((row) => (
              <ChallengeCard key={row.node.id} row={row} matrix={matrix} lang={lang} form={form} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ChallengeCard({ row, matrix, lang, form }: { row: MatrixRow; matrix: Matrix; lang: Lang; form: string }) {
  const s = matrixStrings(lang);
  const limits = new Map(matrix.columns.map((c) => [c.node.id, c.limitations]));
  return (
    <li
      className={`challenge-card${row.gap ? ' gap-card' : ''}${row.depth > 0 ? ' sub' : ''}`}
      data-challenge={row.node.id}
    >
      <div className="card-head">
        <ChallengeHead row={row} lang={lang} form={form} />
        {row.depth > 0 && row.broader[0] ? (
          <span className="muted part-of">{s.partOf(row.broader[0].label[lang])}</span>
        ) : null}
      </div>
      {row.reaches.size > 0 ? (
        <ul className="card-measures" aria-label={s.cardMeasures}>
          {[...row.reaches.values()].map((reach) => {
            const limitations = limits.get(reach.measure.id) ?? [];
            return (
              <li key={reach.measure.id}>
                <ReachMark reach={reach} challenge={row.node} lang={lang} />{' '}
                <NodeLink node={reach.measure} lang={lang} />{' '}
                <span className="muted family-name">
                  {reach.measure.scope ? SCOPE_NAMES[reach.measure.scope][lang] : ''}
                </span>
                {limitations.length > 0 ? (
                  <span className="card-limits">
                    {s.limitedBy}
                    {lang === 'zh' ? '：' : ': '}
                    {limitations.map((l, i) => (
                      <span key={l.other.id}>
                        {i > 0 ? (lang === 'zh' ? '、' : ', ') : null}
                        <NodeLink node={l.other} lang={lang} />
                      </span>
                    ))}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}
