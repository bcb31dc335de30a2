import Link from 'next/link';
import { exploreStrings, numberedStages } from '@/content/messages/explore-strings';
import { explorerGraph, type ExplorerNode } from '@/graph/explorer-data';
import { EDGE_RULES, NODE_KIND_NAMES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import { NODE_KINDS, type Lang } from '@/graph/schema';
import { OPENING_IDS, STAGES, stagesOf } from '@/graph/stages';
import { LegendSwatch } from './explorer/legend-swatch';
import { paths } from './paths';
import './explore-list.css';
import { inParentheses } from '@/content/punctuation';

/**
 * Every idea and every link of the framework as plain text, stage by stage: what the
 * explorer draws, for readers without JavaScript (and anyone who prefers text). Each link
 * is listed once, under the idea it starts from, read as a sentence.
 */
export function ExploreListPage({ lang }: { lang: Lang }) {
  const t = exploreStrings(lang);
  const graph = explorerGraph(loadGraph());
  const stage = stagesOf(graph.nodes, graph.edges);
  const titles = numberedStages(t);
  const label = new Map<string, string>(graph.nodes.map((n) => [n.id, n.label[lang]]));
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
  // The opening view's main ideas first, then by kind and name.
  const order = (a: ExplorerNode, b: ExplorerNode) =>
    Number(OPENING_IDS.has(b.id)) - Number(OPENING_IDS.has(a.id)) ||
    NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind) ||
    collator.compare(a.label[lang], b.label[lang]);
  return (
    <article className="explore-list-page">
      <h1>{t.listPage.title}</h1>
      <p className="lead">{t.listPage.lead}</p>
      <p>
        <Link href={paths.explore(lang)}>{t.listPage.backToExplorer}</Link>
      </p>
      {STAGES.map((s) => {
        const ideas = graph.nodes.filter((n) => stage.get(n.id) === s).sort(order);
        return (
          <section key={s} aria-labelledby={`stage-${s}`}>
            <h2 id={`stage-${s}`}>
              {titles[s]}
              <span className="muted">{inParentheses(lang, t.listPage.ideas(ideas.length))}</span>
            </h2>
            <ul className="idea-list">
              {ideas.map((n) => (
                <li key={n.id} id={n.id}>
                  <LegendSwatch kind={n.kind} /> <Link href={paths.node(lang, n.id)}>{n.label[lang]}</Link>{' '}
                  <span className="muted">· {NODE_KIND_NAMES[n.kind][lang].one}</span>
                  <ul className="node-relations">
                    {graph.edges
                      .filter((e) => e.source === n.id)
                      .map((e) => (
                        <li key={e.id}>
                          {EDGE_RULES[e.kind].verbs[lang].forward}{' '}
                          <a href={`#${e.target}`}>{label.get(e.target) ?? e.target}</a>
                          {e.stance === 'inferred' ? (
                            <span className="stance-inferred">{t.editorialSuffix}</span>
                          ) : null}
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
