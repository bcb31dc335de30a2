import type { GraphViewStrings } from '@/content/messages/explore-strings';
import { NODE_KIND_NAMES } from '@/graph/kinds';
import type { Lang, NodeKind } from '@/graph/schema';
import { NODE_KINDS } from '@/graph/vocabulary';
import { LegendSwatch } from './legend-swatch';
import { withColon } from '@/content/punctuation';

/**
 * A small key to a graph view: the kinds of idea it shows (mark and colour), and how a
 * link stated by the paper differs from an editorial one; "+N" where detail is folded.
 */
export function GraphLegend({
  lang,
  t,
  kinds,
  badgeNote,
}: {
  lang: Lang;
  t: Pick<GraphViewStrings, 'legend' | 'stated' | 'inferred'>;
  /** The kinds shown, in the site's order. */
  kinds: ReadonlySet<NodeKind>;
  /** What "+N" means, when the view has badges. */
  badgeNote?: string | undefined;
}) {
  return (
    <div className="graph-legend" role="group" aria-label={t.legend}>
      <span className="legend-title">{withColon(lang, t.legend)}</span>
      {NODE_KINDS.filter((k) => kinds.has(k)).map((k) => (
        <span key={k} className="legend-item">
          <LegendSwatch kind={k} /> {NODE_KIND_NAMES[k][lang].many}
        </span>
      ))}
      <span className="legend-item">
        <span className="line-sample stated" aria-hidden="true" /> {t.stated}
      </span>
      <span className="legend-item">
        <span className="line-sample inferred" aria-hidden="true" /> {t.inferred}
      </span>
      {badgeNote ? (
        <span className="legend-item">
          <span className="badge-sample" aria-hidden="true">
            +N
          </span>{' '}
          {badgeNote}
        </span>
      ) : null}
    </div>
  );
}
