import { matrixStrings } from '@/content/messages/matrix-strings';
import type { Matrix, MatrixColumn } from '@/graph/queries';
import type { Edge, Lang, Node } from '@/graph/schema';
import { CitationList } from '../citation-list';
import { NodeLink } from '../node-link';

export interface MatrixLink {
  edge: Edge;
  measure: MatrixColumn;
  challenge: Node;
}

/** Every link the table marks (a mark "via" a broader challenge opens that challenge's link), once each. */
export function matrixLinks(matrix: Matrix): MatrixLink[] {
  return matrix.columns.flatMap((measure) =>
    matrix.rows.flatMap((g) =>
      g.rows.flatMap((r) => {
        const edge = r.cells.get(measure.node.id);
        return edge ? [{ edge, measure, challenge: r.node }] : [];
      }),
    ),
  );
}

/** The evidence of one link: who addresses what, the stance in words, the editors' note, the paper's words, the measure's limits. */
export function EvidenceBody({ link, lang }: { link: MatrixLink; lang: Lang }) {
  const s = matrixStrings(lang);
  const { edge, measure, challenge } = link;
  return (
    <>
      <h3>{s.evidenceHeading(measure.node.label[lang], challenge.label[lang])}</h3>
      <p className={`stance-line ${edge.stance}`}>{edge.stance === 'stated' ? s.statedSentence : s.inferredSentence}</p>
      {edge.note ? <p className="edge-note">{edge.note[lang]}</p> : null}
      <CitationList citations={edge.citations} lang={lang} />
      <p className="label">{s.measureLimits(measure.node.label[lang])}</p>
      {measure.limitationDetails.length > 0 ? (
        <ul>
          {measure.limitationDetails.map((l) => (
            <li key={l.limitation.id}>
              <NodeLink node={l.limitation} lang={lang} />
              {l.inheritedFrom ? (
                <span className="muted">
                  {' '}
                  {lang === 'zh' ? '（' : '('}
                  {s.inheritedFrom(l.inheritedFrom.label[lang])}
                  {lang === 'zh' ? '）' : ')'}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noLimits}</p>
      )}
      <p>
        <NodeLink node={measure.node} lang={lang} /> · <a href={`#tradeoff-${measure.node.id}`}>{s.openTradeoff}</a>
      </p>
    </>
  );
}

/** The evidence of every mark, as a section of the page: what the cells link to without a script, and what the panel shows with one. */
export function EvidenceList({ links, lang }: { links: readonly MatrixLink[]; lang: Lang }) {
  const s = matrixStrings(lang);
  return (
    <section aria-labelledby="evidence" className="evidence-list">
      <h2 id="evidence">{s.evidenceTitle}</h2>
      <p className="muted">{s.evidenceIntro}</p>
      {links.map((link) => (
        <article key={link.edge.id} id={`ev-${link.edge.id}`} className="evidence">
          <EvidenceBody link={link} lang={lang} />
        </article>
      ))}
    </section>
  );
}
