import { matrixStrings } from '@/content/messages/matrix-strings';
import { LEVEL_NAMES } from '@/graph/kinds';
import { tradeoffs, type Matrix, type Relation } from '@/graph/queries';
import type { GraphLookup } from '@/graph/lookup';
import type { Lang } from '@/graph/schema';
import { NodeLink } from '../node-link';
import { RelationItem } from '../relation-item';
import { gapReason } from './challenge-head';

/** The gaps, listed with their level and the reason each is a gap. */
export function GapsSection({ matrix, lang }: { matrix: Matrix; lang: Lang }) {
  const s = matrixStrings(lang);
  const rows = matrix.rows.flatMap((g) => g.rows.filter((r) => r.gap).map((r) => ({ row: r, level: g.level })));
  return (
    <section aria-labelledby="gaps">
      <h2 id="gaps">{s.gapsTitle}</h2>
      {rows.length === 0 ? (
        <p>{s.noGaps}</p>
      ) : (
        <>
          <p>{s.gapsIntro}</p>
          <ul className="gap-list">
            {rows.map(({ row, level }) => (
              <li key={row.node.id} data-level={level ?? 'none'}>
                <NodeLink node={row.node} lang={lang} />{' '}
                <span className="muted">
                  {lang === 'zh' ? '（' : '('}
                  {level ? LEVEL_NAMES[level][lang] : s.noLevel}
                  {lang === 'zh' ? '）' : ')'}
                </span>{' '}
                — {gapReason(row, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A card per measure: what it addresses ("none in the paper" when nothing) against what limits it. */
export function TradeoffCards({ index, lang }: { index: GraphLookup; lang: Lang }) {
  const s = matrixStrings(lang);
  return (
    <section aria-labelledby="tradeoffs">
      <h2 id="tradeoffs">{s.tradeoffsTitle}</h2>
      <p>{s.tradeoffsIntro}</p>
      <div className="tradeoff-cards">
        {tradeoffs(index).map(({ measure, gains, costs }) => (
          <article key={measure.id} id={`tradeoff-${measure.id}`} className="tradeoff-card">
            <h3>
              <NodeLink node={measure} lang={lang} />
            </h3>
            <div className="tradeoff-sides">
              <div>
                <h4>{s.gains}</h4>
                {gains.length > 0 ? <Relations items={gains} lang={lang} /> : <p className="muted">{s.gainsNone}</p>}
              </div>
              <div>
                <h4>{s.costs}</h4>
                {costs.length > 0 ? <Relations items={costs} lang={lang} /> : <p className="muted">{s.noLimits}</p>}
              </div>
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}

function Relations({ items, lang }: { items: readonly Relation[]; lang: Lang }) {
  return (
    <ul>
      {items.map((r) => (
        <RelationItem key={r.edge.id} relation={r} lang={lang} />
      ))}
    </ul>
  );
}
