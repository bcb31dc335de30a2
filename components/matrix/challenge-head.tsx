import { matrixStrings } from '@/content/messages/matrix-strings';
import type { MatrixRow } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { NodeLink } from '../node-link';

/** Why a row is a gap, in words: no measure addresses it, nor (for a part) the broader challenge. */
export function gapReason(row: Pick<MatrixRow, 'broader'>, lang: Lang): string {
  const s = matrixStrings(lang);
  const sep = lang === 'zh' ? '”“' : ', ';
  return row.broader.length === 0 ? s.gapReason : s.gapReasonSub(row.broader.map((b) => b.label[lang]).join(sep));
}

/**
 * A challenge as the matrix heads its row or card: a box to choose it for a brief, its
 * name, and the gap flag with its reason — or, for a part reached through its broader
 * challenge, which one.
 */
export function ChallengeHead({
  row,
  lang,
  form,
  flag = true,
}: {
  row: MatrixRow;
  lang: Lang;
  form: string;
  /** Show the gap flag here (the table shows it across the row's cells instead). */
  flag?: boolean;
}) {
  const s = matrixStrings(lang);
  const via = row.gap ? undefined : [...row.reaches.values()].every((r) => r.via) ? row.broader[0] : undefined;
  return (
    <>
      <span className="challenge-line">
        <label className="pick">
          <input type="checkbox" name="challenges" value={row.node.id} form={form} />
          <span className="visually-hidden">{s.selectForBrief(row.node.label[lang])}</span>
        </label>
        <span>
          <NodeLink node={row.node} lang={lang} />
          {via ? <span className="via-note"> · {s.reachedVia(via.label[lang])}</span> : null}
        </span>
      </span>
      {row.gap && flag ? (
        <span className="gap-flag">
          <strong className="gap-badge">{s.gap}</strong>
          {lang === 'zh' ? '：' : ': '}
          <span className="gap-reason">{gapReason(row, lang)}</span>
        </span>
      ) : null}
    </>
  );
}
