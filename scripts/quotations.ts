/**
 * Every quotation of the paper the site shows, with where it is: the graph's citations,
 * the explanations' and tours' <Quote>s, the relations page's formulas. The quotation-share
 * rule (graph/quote-share.ts) is measured over these, by `npm run check` and `npm run quotes`.
 */
import { buildGraph } from '../graph/build';
import { readDataFiles } from '../graph/load';
import type { Graph } from '../graph/schema';
import { DATA_VERSION } from '../graph/version';
import { readContentFiles } from '../content/load';
import { quotesIn } from '../content/mdx';
import { IHDE_RELATIONS, REFRAMING } from '../content/relations';
import { readTourFiles } from '../content/tours';

export interface Quotation {
  text: string;
  /** Where it is, for messages: a node or edge id and field, or a file and line. */
  where: string;
}

/** The quotations of a graph (cited-for edges repeat their nodes' citations and are skipped), some MDX texts and the relation formulas. */
export function collectQuotations(graph: Graph, texts: readonly { path: string; source: string }[]): Quotation[] {
  const out: Quotation[] = [];
  for (const item of [...graph.nodes, ...graph.edges]) {
    if ('kind' in item && item.kind === 'cited-for') continue;
    item.citations.forEach((c, i) => out.push({ text: c.quote, where: `${item.id} citations[${i}]` }));
  }
  for (const f of texts) for (const q of quotesIn(f.source)) out.push({ text: q.text, where: `${f.path}:${q.line}` });
  for (const r of [...IHDE_RELATIONS, REFRAMING.from, REFRAMING.to])
    out.push({ text: r.formula, where: `content/relations.ts ${r.id}` });
  return out;
}

/** Every quotation, read from the files. */
export function allQuotations(): Quotation[] {
  const { graph } = buildGraph(readDataFiles(), DATA_VERSION);
  const texts = [
    ...readContentFiles().files.map((f) => ({ path: f.path, source: f.source })),
    ...readTourFiles().flatMap((t) => [...t.texts.values()]),
  ];
  return collectQuotations(graph, texts);
}
