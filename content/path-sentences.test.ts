/** How chains and connections read, in both languages, on links whose answers are known. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findArgumentPaths, type PathStep } from '../graph/argument-paths';
import { DEFAULT_STATE } from '../graph/explore-state';
import { explorerGraph, type ExplorerEdge, type ExplorerGraph, type ExplorerNode } from '../graph/explorer-data';
import { edgeIdOf, nodeId } from '../graph/ids';
import { loadGraph } from '../graph/load';
import { EDGE_KINDS, type EdgeKind, type NodeKind, type Stance } from '../graph/schema';
import { pathEn, pathZh } from './messages/path-strings';
import { pathSentence, sentenceText } from './path-sentences';

const n = (id: string, kind: NodeKind, en: string, zh: string): ExplorerNode => ({
  id: nodeId(id),
  kind,
  label: { en, zh },
  summary: { en: '', zh: '' },
});
const e = (source: string, kind: EdgeKind, target: string, stance: Stance = 'stated'): ExplorerEdge => ({
  id: edgeIdOf(`${source}--${kind}--${target}`),
  source: nodeId(source),
  target: nodeId(target),
  kind,
  stance,
});
const graph: ExplorerGraph = {
  nodes: [
    n('emergence', 'trait', 'Emergence', '涌现性'),
    n('uncertainty', 'challenge', 'Uncertainty', '不确定性'),
    n('reliability', 'challenge', 'Reliability', '可靠性'),
    n('bias', 'challenge', 'Bias', '偏见'),
    n('fine-tuning', 'governance', 'Fine-tuning', '微调'),
    n('fragmented', 'limitation', 'Fragmentation', '碎片化'),
    n('embedding', 'recommendation', 'Value embedding', '价值嵌入'),
  ],
  edges: [
    e('emergence', 'gives-rise-to', 'uncertainty'),
    e('emergence', 'gives-rise-to', 'reliability'),
    e('bias', 'gives-rise-to', 'reliability'),
    e('fine-tuning', 'addresses', 'uncertainty', 'inferred'),
    e('fine-tuning', 'limited-by', 'fragmented'),
    e('embedding', 'responds-to', 'fragmented'),
  ],
};

function stepsFrom(g: ExplorerGraph, from: string, to: string): { steps: PathStep[]; connection: boolean } {
  const visible = {
    nodeIds: new Set<string>(g.nodes.filter((x) => DEFAULT_STATE.kinds.includes(x.kind)).map((x) => x.id)),
    edgeIds: new Set<string>(g.edges.filter((x) => DEFAULT_STATE.edges.includes(x.kind)).map((x) => x.id)),
  };
  const f = findArgumentPaths(g, from, to, { hubs: false, visible });
  if (f.kind === 'chains') return { steps: f.chains[0] ?? [], connection: false };
  if (f.kind === 'connection') return { steps: f.steps, connection: true };
  throw new Error(`nothing found from ${from} to ${to}`);
}
const label = (g: ExplorerGraph, id: string) => {
  const node = g.nodes.find((x) => x.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node.label;
};
const read = (from: string, to: string, lang: 'en' | 'zh', g = graph) => {
  const { steps, connection } = stepsFrom(g, from, to);
  return sentenceText(pathSentence(steps, lang, connection), lang);
};

describe('pathSentence', () => {
  it('writes a chain with the verb for the way each link is walked, and marks editorial links', () => {
    assert.equal(
      read('emergence', 'embedding', 'en'),
      'Emergence gives rise to Uncertainty, which is addressed by Fine-tuning (editorial), which is limited by Fragmentation, which is answered by Value embedding.',
    );
    assert.equal(
      read('emergence', 'embedding', 'zh'),
      '涌现性引发不确定性；不确定性由微调应对（编者推断）；微调的局限在于碎片化；碎片化由价值嵌入回应。',
    );
  });

  it('writes a connection with "also" where a link turns against the way the last one ran', () => {
    assert.equal(read('emergence', 'bias', 'en'), 'Emergence gives rise to Reliability, which also arises from Bias.');
    assert.equal(read('emergence', 'bias', 'zh'), '涌现性引发可靠性；可靠性也源于偏见。');
    assert.equal(read('bias', 'emergence', 'en'), 'Bias gives rise to Reliability, which also arises from Emergence.');
  });

  it('links each idea at its first mention only', () => {
    const { steps } = stepsFrom(graph, 'emergence', 'embedding');
    const ideas = pathSentence(steps, 'zh', false).filter((p) => p.type === 'idea');
    assert.deepEqual(
      ideas.map((p) => (p.type === 'idea' ? `${p.node.id}${p.first ? '*' : ''}` : '')),
      [
        'emergence*',
        'uncertainty*',
        'uncertainty',
        'fine-tuning*',
        'fine-tuning',
        'fragmented*',
        'fragmented',
        'embedding*',
      ],
    );
  });

  it('has a template for every kind of link, both ways, in both languages', () => {
    for (const kind of EDGE_KINDS)
      for (const way of ['forward', 'backward'] as const) {
        const en = pathEn.steps.templates[kind][way];
        const zh = pathZh.steps.templates[kind][way];
        for (const slot of ['{a}', '{b}', '{also}'])
          for (const t of [en, zh]) assert.equal(t.split(slot).length, 2, `${kind} ${way}: ${t} has ${slot} once`);
        // English clauses after the first replace "{a} " by "which".
        assert.ok(en.startsWith('{a} '), `${kind} ${way}: ${en}`);
        assert.ok(!/[,:;()]/.test(zh), `${kind} ${way}: ${zh} uses full-width punctuation`);
      }
  });

  it('reads emergence → bias on the paper as a connection that says "also"', () => {
    const paper = explorerGraph(loadGraph());
    const [emergence, bias] = [label(paper, 'emergence'), label(paper, 'bias')];
    assert.match(
      read('emergence', 'bias', 'en', paper),
      new RegExp(`^${emergence.en} .*, which also .*${bias.en}\\.$`),
    );
    assert.match(read('emergence', 'bias', 'zh', paper), new RegExp(`^${emergence.zh}.*；.*也.*${bias.zh}。$`));
  });

  it('reads each "shows up as" link of the paper forward as a chain, and backward as a connection', () => {
    const paper = explorerGraph(loadGraph());
    const links = paper.edges.filter((x) => x.kind === 'manifests-as');
    assert.ok(links.length > 0, 'the paper has "shows up as" links');
    let readBack = 0;
    for (const { source, target, stance } of links) {
      const [a, b] = [label(paper, source), label(paper, target)];
      const [markEn, markZh] = stance === 'inferred' ? [pathEn.editorial, pathZh.editorial] : ['', ''];
      const there = stepsFrom(paper, source, target);
      assert.equal(there.connection, false, `${source} → ${target} is a chain`);
      assert.equal(read(source, target, 'en', paper), `${a.en} shows up as ${b.en}${markEn}.`);
      assert.equal(read(source, target, 'zh', paper), `${a.zh}表现为${b.zh}${markZh}。`);
      const back = stepsFrom(paper, target, source);
      if (back.connection && back.steps.length === 1) {
        readBack += 1;
        assert.equal(read(target, source, 'en', paper), `${b.en} is a form taken by ${a.en}${markEn}.`);
        assert.equal(read(target, source, 'zh', paper), `${b.zh}是${a.zh}的具体表现${markZh}。`);
      }
    }
    assert.ok(readBack > 0, 'some "shows up as" link has no chain back, only the connection');
  });
});
