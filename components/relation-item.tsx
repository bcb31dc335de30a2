import { messages } from '@/content/messages';
import type { Relation } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { CitationList } from './citation-list';
import { NodeLink } from './node-link';
import { inParentheses } from '@/content/punctuation';

/**
 * One relation as a list item: the other idea, "editorial" in words when the link is
 * inferred (not by style alone), and the evidence — note and citations — on demand.
 */
export function RelationItem({ relation: { edge, other }, lang }: { relation: Relation; lang: Lang }) {
  const t = messages(lang).node;
  return (
    <li className={edge.stance === 'inferred' ? 'inferred' : undefined}>
      <NodeLink node={other} lang={lang} />
      {edge.stance === 'inferred' ? (
        <span className="stance-inferred" title={t.inferredTitle}>
          {inParentheses(lang, t.inferred)}
        </span>
      ) : null}
      <details>
        <summary>{t.evidence}</summary>
        {edge.note ? <p className="edge-note">{edge.note[lang]}</p> : null}
        <CitationList citations={edge.citations} lang={lang} />
      </details>
    </li>
  );
}
