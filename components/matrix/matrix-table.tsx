import Link from 'next/link';
import { messages } from '@/content/messages';
import { matrixStrings } from '@/content/messages/matrix-strings';
import { MEASURE_FAMILIES } from '@/graph/coverage';
import { withColon } from '@/content/punctuation';
import { SCOPE_FAMILY, SCOPE_NAMES } from '@/graph/kinds';
import type { Matrix, MatrixGroup } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { NodeLink } from '../node-link';
import { paths } from '../paths';
import { ChallengeHead, gapReason } from './challenge-head';
import { NoMark, ReachMark } from './matrix-cell';

/**
 * The matrix as a table: challenges (rows, by level) against measures (columns, by
 * family). The column heads stay on screen as the page scrolls and the challenge names as
 * the table scrolls sideways; every marked cell opens its evidence.
 */
export function MatrixTable({ matrix, lang, form }: { matrix: Matrix; lang: Lang; form: string }) {
  const t = messages(lang).matrix;
  const s = matrixStrings(lang);
  const families = MEASURE_FAMILIES.map((f) => ({ f, n: matrix.columns.filter((c) => c.scope === f).length })).filter(
    (x) => x.n > 0,
  );
  return (
    <div className="matrix-table">
      <p className="scroll-cue" aria-hidden="true">
        {s.scrollCue} <span className="scroll-arrow">→</span>
      </p>
      <div className="matrix-frame" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="matrix matrix-full">
          <caption id="matrix-caption" className="visually-hidden">
            {t.caption}
          </caption>
          <colgroup>
            <col className="col-challenge" />
            <col span={matrix.columns.length} />
          </colgroup>
          <thead>
            <tr>
              <td className="corner" rowSpan={2}>
                {s.corner}
              </td>
              {families.map(({ f, n }) => (
                <th key={f} scope="colgroup" colSpan={n} className="family">
                  {withColon(lang, SCOPE_NAMES[SCOPE_FAMILY[f]][lang])}
                  {SCOPE_NAMES[f][lang]}
                </th>
              ))}
            </tr>
            <tr>
              {matrix.columns.map((c) => (
                <th key={c.node.id} scope="col" className="measure">
                  <Link href={paths.node(lang, c.node.id)}>
                    <span className="vlabel">{c.node.label[lang]}</span>
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          {matrix.rows.map((group) => (
            <GroupRows key={group.level ?? 'none'} group={group} matrix={matrix} lang={lang} form={form} />
          ))}
        </table>
      </div>
    </div>
  );
}

function GroupRows({ group, matrix, lang, form }: { group: MatrixGroup; matrix: Matrix; lang: Lang; form: string }) {
  const s = matrixStrings(lang);
  return (
    <tbody data-level={group.level ?? 'none'}>
      <tr className="level-row">
        <th scope="rowgroup" colSpan={matrix.columns.length + 1}>
          <span className="level-label">
            {group.levelNode ? <NodeLink node={group.levelNode} lang={lang} /> : s.noLevel}
          </span>
        </th>
      </tr>
      {group.rows.map((row) => (
        <tr key={row.node.id} className={row.gap ? 'gap-row' : undefined} data-challenge={row.node.id}>
          <th scope="row" className={`depth-${Math.min(row.depth, 3)}`}>
            <ChallengeHead row={row} lang={lang} form={form} flag={false} />
          </th>
          {row.gap ? (
            <td colSpan={matrix.columns.length} className="gap-cell">
              <span className="gap-flag">
                <strong className="gap-badge">{s.gap}</strong>
                {lang === 'zh' ? '：' : ': '}
                <span className="gap-reason">{gapReason(row, lang)}</span>
              </span>
            </td>
          ) : (
            matrix.columns.map((c) => {
              const reach = row.reaches.get(c.node.id);
              return (
                <td key={c.node.id} className={reach ? 'marked' : undefined}>
                  {reach ? <ReachMark reach={reach} challenge={row.node} lang={lang} /> : <NoMark lang={lang} />}
                </td>
              );
            })
          )}
        </tr>
      ))}
    </tbody>
  );
}
