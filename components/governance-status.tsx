import Link from 'next/link';
import { governanceStrings } from '@/content/messages/governance-strings';
import { governanceStatus, type LimitationStatus, type MeasureStatus } from '@/graph/governance-status';
import { briefStrings } from '@/content/messages/brief-strings';
import { measureFamily } from '@/graph/coverage';
import { loadGraph } from '@/graph/load';
import type { Edge, Lang, Node } from '@/graph/schema';
import { CitationList } from './citation-list';
import { NodeLink } from './node-link';
import { paths } from './paths';
import './governance-status.css';

const stanceWords = (edge: Edge, lang: Lang) => {
  const s = governanceStrings(lang);
  return edge.stance === 'stated' ? s.stated : s.inferred;
};

const comma = (lang: Lang) => (lang === 'zh' ? '，' : ', ');
const paren = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : `(${text})`);

/** The paper's words for a link (and the editors' note when it is inferred), on demand, as relation lists show them. */
function FirstQuote({ edge, lang }: { edge: Edge; lang: Lang }) {
  return (
    <details className="status-evidence">
      <summary>{governanceStrings(lang).evidence}</summary>
      {edge.note ? <p className="edge-note">{edge.note[lang]}</p> : null}
      <CitationList citations={edge.citations} lang={lang} />
    </details>
  );
}

/**
 * A challenge's governance status, on its page: the measures that reach it with the stance
 * of each link and the paper's words, what limits each measure (its own limitations and its
 * broader measures'), the recommendations that answer each limitation — or, plainly, that
 * no measure in the paper reaches it. Other kinds of node have no status.
 */
export function GovernanceStatus({ node, lang }: { node: Node; lang: Lang }) {
  if (node.kind !== 'challenge') return null;
  const s = governanceStrings(lang);
  const status = governanceStatus(loadGraph(), node);
  const broader = status.broader.map((b) => b.label[lang]).join(lang === 'zh' ? '”“' : ', ');
  return (
    <section aria-labelledby="governance-status" className="governance-status">
      <h2 id="governance-status">{s.title}</h2>
      {status.gap ? (
        <p className="gap-statement">
          <strong>{s.gap}</strong> {status.broader.length > 0 ? s.gapTextSub(broader) : s.gapText}
        </p>
      ) : (
        <>
          <p>{s.reachedBy(status.measures.length)}</p>
          <ul className="status-measures">
            {status.measures.map((m) => (
              <MeasureItem key={m.measure.id} m={m} lang={lang} />
            ))}
          </ul>
        </>
      )}
      {status.proposals.length > 0 ? (
        <>
          <h3>{s.proposals}</h3>
          <ul>
            {status.proposals.map((p) => (
              <li key={p.recommendation.id}>
                <NodeLink node={p.recommendation} lang={lang} /> — {stanceWords(p.edge, lang)}
                {p.via ? `${comma(lang)}${s.proposalVia(p.via.label[lang])}` : ''}
                <FirstQuote edge={p.edge} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="status-links">
        <Link href={paths.brief(lang, `?challenges=${node.id}`)}>{s.briefOn}</Link> ·{' '}
        <Link href={paths.matrix(lang, 'matrix-caption')}>{s.inMatrix}</Link>
      </p>
    </section>
  );
}

function MeasureItem({ m, lang }: { m: MeasureStatus; lang: Lang }) {
  const s = governanceStrings(lang);
  const family = measureFamily(m.measure.scope);
  return (
    <li>
      <NodeLink node={m.measure} lang={lang} />{' '}
      <span className="muted">{family ? paren(briefStrings(lang).family[family], lang) : ''}</span> —{' '}
      {m.via ? s.via(m.via.label[lang]) : s.addresses}
      {comma(lang)}
      <span className={`stance ${m.edge.stance}`}>{stanceWords(m.edge, lang)}</span>
      <FirstQuote edge={m.edge} lang={lang} />
      <p className="label">{s.limits}</p>
      {m.limitations.length > 0 ? (
        <ul>
          {m.limitations.map((l) => (
            <LimitationItem key={l.limitation.id} l={l} lang={lang} />
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noLimits}</p>
      )}
    </li>
  );
}

function LimitationItem({ l, lang }: { l: LimitationStatus; lang: Lang }) {
  const s = governanceStrings(lang);
  return (
    <li>
      <NodeLink node={l.limitation} lang={lang} /> — {stanceWords(l.edge, lang)}
      {l.inheritedFrom ? `${comma(lang)}${s.inherited(l.inheritedFrom.label[lang])}` : ''}
      <FirstQuote edge={l.edge} lang={lang} />
      {l.responses.length > 0 ? (
        <>
          <span className="label">{s.answeredBy}</span>
          <ul>
            {l.responses.map((r) => (
              <li key={r.node.id}>
                <NodeLink node={r.node} lang={lang} /> — {stanceWords(r.edge, lang)}
                <FirstQuote edge={r.edge} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{s.noAnswer}</p>
      )}
    </li>
  );
}
