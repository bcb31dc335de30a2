import { PAPER_CONTRASTS } from '@/content/compare-pairs';
import { compareStrings } from '@/content/messages/compare-strings';
import { comparePair } from '@/graph/compare';
import { causalGraph, compareCard } from '@/graph/compare-build';
import { pairAnchor } from '@/graph/compare-query';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import { loadGraph } from '@/graph/load';
import { sortByLabel } from '@/graph/pinyin';
import { NODE_KINDS, type Lang } from '@/graph/schema';
import { CompareApp, type CompareGroup } from './compare-app';
import { ComparisonView } from './comparison-view';
import './compare.css';

/**
 * `/{lang}/compare/`: any two ideas side by side (chosen in the address, compared in the
 * browser), and the pairs the paper itself contrasts, rendered in full at build time so
 * they read without JavaScript.
 */
export function ComparePage({ lang }: { lang: Lang }) {
  const t = compareStrings(lang);
  const index = loadGraph();
  const cy = causalGraph(index);
  const groups: CompareGroup[] = NODE_KINDS.filter((k) => k !== 'source').flatMap((kind) => {
    const nodes = index.graph.nodes.filter((n) => n.kind === kind);
    return nodes.length === 0
      ? []
      : [
          {
            kind,
            name: NODE_KIND_NAMES[kind][lang].many,
            options: sortByLabel(nodes, lang).map((n) => ({ id: n.id, label: n.label[lang] })),
          },
        ];
  });
  const contrasts = PAPER_CONTRASTS.flatMap((c) => {
    const a = index.node.get(c.a);
    const b = index.node.get(c.b);
    if (!a || !b) return [];
    return [
      {
        ...c,
        anchor: pairAnchor(c.a, c.b),
        cmp: comparePair(compareCard(index, cy, a, lang), compareCard(index, cy, b, lang)),
      },
    ];
  });
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <CompareApp lang={lang} groups={groups} contrasts={contrasts.map(({ a, b, anchor }) => ({ a, b, anchor }))} />
      <section aria-labelledby="contrasts" className="contrasts">
        <h2 id="contrasts">{t.contrastsTitle}</h2>
        <p className="muted">{t.contrastsLead}</p>
        <ul className="contrast-index">
          {contrasts.map((c) => (
            <li key={c.anchor}>
              <a href={`#${c.anchor}`}>{t.heading(c.cmp.a.label, c.cmp.b.label)}</a>
            </li>
          ))}
        </ul>
        {contrasts.map((c) => (
          <ComparisonView key={c.anchor} cmp={c.cmp} lang={lang} t={t} id={c.anchor} level={3} intro={c.why[lang]} />
        ))}
      </section>
    </>
  );
}
