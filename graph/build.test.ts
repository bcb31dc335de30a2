/**
 * One row per validation rule: a small bad fixture, and the problem an author must see —
 * which file, which node or edge, which field, and a fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { buildGraph, type SourceFile } from './build';
import { EDGE_RULES } from './kinds';
import { formatProblem } from './problems';

type Obj = Record<string, unknown>;
const cite = (quote = '一段引文') => [{ section: '2.2.1', quote }];
const node = (id: string, kind: string, extra: Obj = {}): Obj => ({
  id,
  kind,
  label: { en: `${id} en`, zh: `${id} 中` },
  summary: { en: 'A summary.', zh: '摘要。' },
  citations: cite(),
  ...extra,
});
const edge = (source: string, kind: string, target: string, extra: Obj = {}): Obj => ({
  source,
  kind,
  target,
  stance: 'stated',
  citations: cite(),
  ...extra,
});

/** A small valid graph: a trait gives rise to a challenge that arises at the data level. */
const base = () => ({
  nodes: [node('emergence', 'trait'), node('bias', 'challenge'), node('data', 'level')],
  edges: [edge('emergence', 'gives-rise-to', 'bias'), edge('bias', 'arises-at', 'data')],
});

const file = (data: unknown, path = 'graph/data/test.yaml'): SourceFile => ({ path, text: stringify(data) });
const run = (...files: SourceFile[]) => buildGraph(files, '0.0.0');

describe('buildGraph', () => {
  it('accepts a valid graph and derives the challenge level', () => {
    const { problems, graph } = run(file(base()));
    assert.deepEqual(problems, []);
    assert.equal(graph.nodes.find((n) => n.id === 'bias')?.level, 'data');
    assert.deepEqual(
      graph.edges.map((e) => e.id),
      ['emergence--gives-rise-to--bias', 'bias--arises-at--data'],
    );
  });

  it('accepts a "manifests-as" edge from a concept to a challenge, and reads it as "shows up as"', () => {
    const g = base();
    g.nodes.push(node('transparency', 'concept'));
    g.edges.push(edge('transparency', 'manifests-as', 'bias'));
    const { problems, graph } = run(file(g));
    assert.deepEqual(problems, []);
    assert.ok(graph.edges.some((e) => e.id === 'transparency--manifests-as--bias'));
    assert.equal(EDGE_RULES['manifests-as'].verbs.en.forward, 'shows up as');
  });

  it('rejects a "manifests-as" edge from a case', () => {
    const g = base();
    g.nodes.push(node('case-x', 'case'));
    g.edges.push(edge('case-x', 'manifests-as', 'bias'), edge('case-x', 'illustrates', 'bias'));
    const { problems } = run(file(g));
    assert.deepEqual(
      problems.map((p) => `${p.id} › ${p.field}`),
      ['case-x--manifests-as--bias › kind'],
    );
  });

  it('accepts a challenge the paper places at no level when the node says so', () => {
    const g = base();
    g.nodes.push(node('misuse', 'challenge', { noLevel: { en: 'The paper gives none.', zh: '论文未指定。' } }));
    g.edges.push(edge('emergence', 'gives-rise-to', 'misuse'));
    const { problems, graph } = run(file(g));
    assert.deepEqual(problems, []);
    const misuse = graph.nodes.find((n) => n.id === 'misuse');
    assert.equal(misuse?.level, undefined);
    assert.equal(misuse?.noLevel?.en, 'The paper gives none.');
  });

  it('derives a cited-for edge from a citation marker', () => {
    const g = base();
    g.nodes.push(node('ref-11', 'source', { reference: { marker: '[11]', author: 'Hendrycks 等' } }));
    g.nodes[0] = node('emergence', 'trait', { citations: [{ section: '2.1.1', quote: '引文', refs: ['[11]'] }] });
    const { problems, graph } = run(file(g));
    assert.deepEqual(problems, []);
    assert.ok(graph.edges.some((e) => e.id === 'ref-11--cited-for--emergence' && e.stance === 'stated'));
  });

  const cases: {
    rule: string;
    mutate: (g: ReturnType<typeof base>) => unknown;
    expect: { id: string; field: string; message: RegExp; fix: RegExp };
  }[] = [
    {
      rule: 'duplicate id',
      mutate: (g) => ({ ...g, nodes: [...g.nodes, node('bias', 'challenge')] }),
      expect: {
        id: 'bias',
        field: 'id',
        message: /duplicate id: "bias" is already defined in graph\/data\/test\.yaml/,
        fix: /another id/,
      },
    },
    {
      rule: 'edge to a missing node',
      mutate: (g) => ({ ...g, edges: [...g.edges, edge('emergence', 'gives-rise-to', 'toxicity')] }),
      expect: {
        id: 'emergence--gives-rise-to--toxicity',
        field: 'target',
        message: /"toxicity" does not exist/,
        fix: /add a node "toxicity"/,
      },
    },
    {
      rule: 'unknown node kind',
      mutate: (g) => ({ ...g, nodes: [...g.nodes, node('odd', 'idea')] }),
      expect: { id: 'odd', field: 'kind', message: /Invalid option/, fix: /use one of: "trait", "level"/ },
    },
    {
      rule: 'unknown edge kind',
      mutate: (g) => ({ ...g, edges: [...g.edges, edge('emergence', 'causes', 'bias')] }),
      expect: { id: 'emergence--causes--bias', field: 'kind', message: /Invalid option/, fix: /"gives-rise-to"/ },
    },
    {
      rule: 'edge kind between forbidden node kinds',
      mutate: (g) => ({ ...g, edges: [...g.edges, edge('bias', 'addresses', 'emergence')] }),
      expect: {
        id: 'bias--addresses--emergence',
        field: 'kind',
        message: /cannot go from a challenge to a trait/,
        fix: /goes from governance\/recommendation to challenge/,
      },
    },
    {
      rule: 'node missing its Chinese label',
      mutate: (g) => ({
        ...g,
        nodes: [...g.nodes.slice(1), { ...node('emergence', 'trait'), label: { en: 'Emergence' } }],
      }),
      expect: {
        id: 'emergence',
        field: 'label.zh',
        message: /expected string, received undefined/,
        fix: /add the required field "label.zh"/,
      },
    },
    {
      rule: 'node with an empty English summary',
      mutate: (g) => ({
        ...g,
        nodes: [...g.nodes.slice(1), { ...node('emergence', 'trait'), summary: { en: ' ', zh: '摘要' } }],
      }),
      expect: { id: 'emergence', field: 'summary.en', message: /the English text is empty/, fix: /write "summary.en"/ },
    },
    {
      rule: 'node without a citation',
      mutate: (g) => ({ ...g, nodes: [...g.nodes.slice(1), { ...node('emergence', 'trait'), citations: [] }] }),
      expect: { id: 'emergence', field: 'citations', message: /at least one citation/, fix: /at least one citation/ },
    },
    {
      rule: 'edge without a citation',
      mutate: (g) => ({ ...g, edges: [g.edges[1], { ...edge('emergence', 'gives-rise-to', 'bias'), citations: [] }] }),
      expect: {
        id: 'emergence--gives-rise-to--bias',
        field: 'citations',
        message: /at least one citation/,
        fix: /at least one citation/,
      },
    },
    {
      rule: 'empty quote',
      mutate: (g) => ({ ...g, nodes: [...g.nodes.slice(1), node('emergence', 'trait', { citations: cite('   ') })] }),
      expect: {
        id: 'emergence',
        field: 'citations.0.quote',
        message: /the quote is empty/,
        fix: /copy a clause of the paper verbatim/,
      },
    },
    {
      rule: 'over-long quote',
      mutate: (g) => ({
        ...g,
        nodes: [...g.nodes.slice(1), node('emergence', 'trait', { citations: cite('长'.repeat(121)) })],
      }),
      expect: {
        id: 'emergence',
        field: 'citations.0.quote',
        message: /longer than 120 characters/,
        fix: /cut it to one clause or sentence/,
      },
    },
    {
      rule: 'inferred edge without a note',
      mutate: (g) => ({
        ...g,
        edges: [g.edges[1], edge('emergence', 'gives-rise-to', 'bias', { stance: 'inferred' })],
      }),
      expect: {
        id: 'emergence--gives-rise-to--bias',
        field: 'note',
        message: /inferred edge has no note/,
        fix: /add note: \{ en, zh \}/,
      },
    },
    {
      rule: 'node with no edges',
      mutate: (g) => ({ ...g, nodes: [...g.nodes, node('lonely', 'concept')] }),
      expect: { id: 'lonely', field: 'edges', message: /has no edges/, fix: /add at least one edge/ },
    },
    {
      rule: 'cycle of part-of',
      mutate: (g) => ({
        nodes: [...g.nodes, node('a', 'concept'), node('b', 'concept'), node('c', 'concept')],
        edges: [...g.edges, edge('a', 'part-of', 'b'), edge('b', 'part-of', 'c'), edge('c', 'part-of', 'a')],
      }),
      expect: {
        id: 'a--part-of--b',
        field: 'part-of',
        message: /form a cycle through a → b → c/,
        fix: /remove or reverse one/,
      },
    },
    {
      rule: 'challenge with no level',
      mutate: (g) => ({ ...g, edges: [g.edges[0]] }),
      expect: {
        id: 'bias',
        field: 'level',
        message: /no level/,
        fix: /"arises-at" edge to algorithm, data or compute/,
      },
    },
    {
      rule: 'challenge placed at no level that has a level after all',
      mutate: (g) => ({
        ...g,
        nodes: [
          ...g.nodes.filter((n) => n.id !== 'bias'),
          node('bias', 'challenge', { noLevel: { en: 'The paper gives none.', zh: '论文未指定。' } }),
        ],
      }),
      expect: {
        id: 'bias',
        field: 'noLevel',
        message: /gives it no level, but it has one \(data\)/,
        fix: /remove "noLevel", or the "arises-at"/,
      },
    },
    {
      rule: 'no-level note on a node that is not a challenge',
      mutate: (g) => ({
        ...g,
        nodes: [
          ...g.nodes.slice(1),
          node('emergence', 'trait', { noLevel: { en: 'The paper gives none.', zh: '论文未指定。' } }),
        ],
      }),
      expect: { id: 'emergence', field: 'noLevel', message: /only a challenge/, fix: /remove "noLevel"/ },
    },
    {
      rule: 'citation marker without a cited-work node',
      mutate: (g) => ({
        ...g,
        nodes: [
          ...g.nodes.slice(1),
          node('emergence', 'trait', { citations: [{ section: '2.1.1', quote: '引文', refs: ['[7]'] }] }),
        ],
      }),
      expect: {
        id: 'emergence',
        field: 'citations.refs',
        message: /no cited-work node has the marker \[7\]/,
        fix: /kind "source" with reference.marker "\[7\]"/,
      },
    },
    {
      rule: 'hand-written cited-for edge',
      mutate: (g) => ({ ...g, edges: [...g.edges, edge('emergence', 'cited-for', 'bias')] }),
      expect: {
        id: 'emergence--cited-for--bias',
        field: 'kind',
        message: /derived from the reference markers/,
        fix: /add the marker/,
      },
    },
    {
      rule: 'governance measure without a scope',
      mutate: (g) => ({
        nodes: [...g.nodes, node('fine-tuning', 'governance')],
        edges: [...g.edges, edge('fine-tuning', 'addresses', 'bias')],
      }),
      expect: { id: 'fine-tuning', field: 'scope', message: /no scope/, fix: /add scope: technical, upstream/ },
    },
    {
      rule: 'misspelt field',
      mutate: (g) => ({ ...g, nodes: [...g.nodes.slice(1), { ...node('emergence', 'trait'), sumary: 'x' }] }),
      expect: {
        id: 'emergence',
        field: '(whole entry)',
        message: /Unrecognized key/,
        fix: /remove or rename "sumary"/,
      },
    },
  ];

  for (const c of cases) {
    it(`rejects a ${c.rule}`, () => {
      const { problems } = run(file(c.mutate(base())));
      const hit = problems.find((p) => p.id === c.expect.id && p.field === c.expect.field);
      assert.ok(
        hit,
        `expected a problem at ${c.expect.id} › ${c.expect.field}, got:\n${problems.map(formatProblem).join('\n')}`,
      );
      assert.equal(hit.file, 'graph/data/test.yaml');
      assert.match(hit.message, c.expect.message);
      assert.match(hit.fix, c.expect.fix);
    });
  }

  it('reports a YAML syntax error with its line', () => {
    const { problems } = run({
      path: 'graph/data/broken.yaml',
      text: 'nodes:\n  - id: a\n    label: { en: x, zh: y\n',
    });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, 'graph/data/broken.yaml');
    assert.match(problems[0]?.id ?? '', /^line \d+$/);
    assert.match(problems[0]?.fix ?? '', /YAML syntax/);
  });

  it('reports one typo in a node once, not again for every edge that names the node', () => {
    const g = base();
    g.nodes.push(node('ref-11', 'source', { reference: { marker: '[11]' } }));
    g.nodes[0] = node('emergence', 'traitt', { citations: [{ section: '2.1.1', quote: '引文', refs: ['[11]'] }] });
    g.edges.push(edge('emergence', 'amplifies', 'bias'));
    const { problems, knownIds } = run(file(g));
    assert.deepEqual(
      problems.map((p) => `${p.id} › ${p.field}`),
      ['emergence › kind'],
    );
    assert.ok(knownIds.has('emergence'), 'the rejected node still counts as existing for explanations and tours');
  });

  it('reports one bad field of a cited work once, not for every citation of its marker', () => {
    const g = base();
    g.nodes.push(node('ref-11', 'source', { reference: { marker: '[11]', autor: 'x' } }));
    g.nodes[0] = node('emergence', 'trait', { citations: [{ section: '2.1.1', quote: '引文', refs: ['[11]'] }] });
    const { problems } = run(file(g));
    assert.deepEqual(
      problems.map((p) => `${p.id} › ${p.field}`),
      ['ref-11 › reference'],
    );
  });

  it('reports a rejected edge once, not again as a node without edges or a challenge without a level', () => {
    const g = base();
    g.edges[1] = edge('bias', 'arises-at', 'data', { stance: 'maybe' });
    const { problems } = run(file(g));
    assert.deepEqual(
      problems.map((p) => `${p.id} › ${p.field}`),
      ['bias--arises-at--data › stance'],
    );
  });

  it('names the file a duplicate id was first defined in, across files', () => {
    const { problems } = run(
      file(base(), 'graph/data/one.yaml'),
      file({ nodes: [node('bias', 'challenge')] }, 'graph/data/two.yaml'),
    );
    const dup = problems.find((p) => p.field === 'id');
    assert.equal(dup?.file, 'graph/data/two.yaml');
    assert.match(dup?.message ?? '', /already defined in graph\/data\/one\.yaml/);
  });
});
