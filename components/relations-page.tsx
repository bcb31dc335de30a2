import { messages } from '@/content/messages';
import { IHDE_RELATIONS, REFRAMING, type RelationEntry } from '@/content/relations';
import { EDGE_RULES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';
import { NodeLink } from './node-link';
import { RelationDiagram } from './relation-diagram';
import { withColon } from '@/content/punctuation';

/** Ihde's four relations with their formulas, diagrams and examples, and the paper's human–model(data)–world. */
export function RelationsPage({ lang }: { lang: Lang }) {
  const t = messages(lang).relationsPage;
  const index = loadGraph();
  const card = (entry: RelationEntry) => {
    const node = index.node.get(entry.id);
    const example = entry.example ? index.node.get(entry.example) : undefined;
    if (!node) return null;
    return (
      <article key={entry.id} className="relation-card" aria-labelledby={`rel-${entry.id}`}>
        <h3 id={`rel-${entry.id}`}>
          <NodeLink node={node} lang={lang} />
        </h3>
        <RelationDiagram
          shape={entry.shape}
          lang={lang}
          title={`${withColon(lang, node.label[lang])}${entry.formula}`}
        />
        <p>
          <span className="label">{withColon(lang, t.formula)}</span>
          <span lang="zh-Hans" className="formula">
            {entry.formula}
          </span>
        </p>
        <p>{node.summary[lang]}</p>
        {example ? (
          <p>
            <span className="label">{withColon(lang, t.example)}</span>
            <NodeLink node={example} lang={lang} />
          </p>
        ) : null}
      </article>
    );
  };
  const ihde = index.node.get('ihde-relations');
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <section aria-labelledby="ihde">
        <h2 id="ihde">{ihde ? <NodeLink node={ihde} lang={lang} /> : null}</h2>
        <div className="relation-cards">{IHDE_RELATIONS.map(card)}</div>
      </section>
      <section aria-labelledby="reframing">
        <h2 id="reframing">{index.node.get(REFRAMING.to.id)?.label[lang]}</h2>
        <div className="relation-cards two">
          {card(REFRAMING.from)}
          {card(REFRAMING.to)}
        </div>
        <p className="reframe-line">
          {index.node.get(REFRAMING.to.id)?.label[lang]} — {EDGE_RULES.reframes.verbs[lang].forward} →{' '}
          {index.node.get(REFRAMING.from.id)?.label[lang]}
        </p>
      </section>
    </>
  );
}
