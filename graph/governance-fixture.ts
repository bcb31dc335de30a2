/**
 * A small governance graph for the tests of coverage, governance status, the matrix, the
 * measures table and the brief — small enough to work every answer out by hand:
 *
 *   bias (data) ← part-of — sample-bias, and sample-bias ← part-of — tiny-bias
 *   privacy (data) ← part-of — leakage;  energy (compute);  misuse (no level)
 *   cleaning (upstream, part-of upstream) → addresses → bias (stated)
 *   tuning (downstream) → addresses → bias (inferred) and misuse (inferred)
 *   principles (macro) addresses nothing
 *   upstream (upstream) limited-by → fragmented;  cleaning limited-by → crowd (inferred)
 *   value-embedding → responds-to → crowd (stated), fragmented (inferred)
 *   assessment (recommendation) → addresses → bias (inferred)
 *   homogenization (trait) → amplifies → bias; emergence → gives-rise-to → robustness (concept)
 *     → gives-rise-to → energy; bias → arises-at → data; energy → arises-at → compute
 *   ref-2 (source, marker [2]) cited by bias's citation.
 */
import { nodeId } from './ids';
import { lookupOf, type GraphLookup } from './lookup';
import type { Citation, Edge, EdgeKind, GovernanceScope, Level, Node, NodeKind, Stance } from './schema';
import { EdgeId } from './schema';

const cite = (section: Citation['section'], quote: string, refs?: string[]): Citation => ({
  section,
  quote,
  ...(refs ? { refs } : {}),
});

const node = (
  id: string,
  kind: NodeKind,
  extra: { level?: Level; scope?: GovernanceScope; citations?: Citation[]; marker?: string } = {},
): Node => ({
  id: nodeId(id),
  kind,
  label: { en: `${id} label`, zh: `${id}标签` },
  summary: { en: `${id} summary.`, zh: `${id}摘要。` },
  citations: extra.citations ?? [cite('2', `${id}的引文`)],
  ...(extra.level ? { level: extra.level } : {}),
  ...(extra.scope ? { scope: extra.scope } : {}),
  ...(extra.marker ? { reference: { marker: extra.marker, author: 'Someone 等' } } : {}),
});

const edge = (
  source: string,
  kind: EdgeKind,
  target: string,
  stance: Stance = 'stated',
  section: Citation['section'] = '4.1',
): Edge => ({
  id: EdgeId.parse(`${source}--${kind}--${target}`),
  source: nodeId(source),
  kind,
  target: nodeId(target),
  stance,
  citations: [cite(section, `${source}${kind}${target}的引文`)],
  ...(stance === 'inferred' ? { note: { en: 'Editors infer it.', zh: '编者推断。' } } : {}),
});

export function governanceFixture(): GraphLookup {
  const nodes: Node[] = [
    node('data', 'level'),
    node('compute', 'level'),
    node('homogenization', 'trait'),
    node('emergence', 'trait'),
    node('robustness', 'concept'),
    node('bias', 'challenge', { level: 'data', citations: [cite('2.2.2', '偏见的引文', ['[2]'])] }),
    node('sample-bias', 'challenge', { level: 'data' }),
    node('tiny-bias', 'challenge', { level: 'data' }),
    node('privacy', 'challenge', { level: 'data' }),
    node('leakage', 'challenge', { level: 'data' }),
    node('energy', 'challenge', { level: 'compute' }),
    node('misuse', 'challenge'),
    node('technology', 'governance', { scope: 'technical' }),
    node('upstream', 'governance', { scope: 'upstream' }),
    node('cleaning', 'governance', { scope: 'upstream' }),
    node('tuning', 'governance', { scope: 'downstream' }),
    node('principles', 'governance', { scope: 'macro' }),
    node('fragmented', 'limitation'),
    node('crowd', 'limitation'),
    node('value-embedding', 'recommendation'),
    node('assessment', 'recommendation'),
    node('ref-2', 'source', { marker: '[2]' }),
  ];
  const edges: Edge[] = [
    edge('bias', 'arises-at', 'data', 'stated', '2.2'),
    edge('privacy', 'arises-at', 'data', 'stated', '2.2'),
    edge('energy', 'arises-at', 'compute', 'stated', '2.2.3'),
    edge('sample-bias', 'part-of', 'bias'),
    edge('tiny-bias', 'part-of', 'sample-bias'),
    edge('leakage', 'part-of', 'privacy'),
    edge('upstream', 'part-of', 'technology'),
    edge('cleaning', 'part-of', 'upstream'),
    edge('cleaning', 'addresses', 'bias', 'stated', '4.1'),
    edge('tuning', 'addresses', 'bias', 'inferred', '4.1'),
    edge('tuning', 'addresses', 'misuse', 'inferred', '4.2'),
    edge('upstream', 'limited-by', 'fragmented', 'stated', '4.2'),
    edge('cleaning', 'limited-by', 'crowd', 'inferred', '4.2'),
    edge('value-embedding', 'responds-to', 'crowd', 'stated', '5'),
    edge('value-embedding', 'responds-to', 'fragmented', 'inferred', '5'),
    edge('assessment', 'addresses', 'bias', 'inferred', '5'),
    edge('homogenization', 'amplifies', 'bias', 'stated', '2.1.2'),
    edge('emergence', 'gives-rise-to', 'robustness', 'stated', '2.2.1'),
    edge('robustness', 'gives-rise-to', 'energy', 'inferred', '2.2.1'),
    edge('ref-2', 'cited-for', 'bias'),
  ];
  return lookupOf(nodes, edges);
}
