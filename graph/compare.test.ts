/**
 * Two ideas side by side: the compare page's address, the pure comparison of two cards
 * (worked out by hand on small cards), and the cards of the real graph for the student's
 * exam question, emergence against homogenization.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompareCard, comparePair, type CompareLink } from './compare';
import { causalGraph, compareCard } from './compare-build';
import { parseCompareQuery } from './compare-query';
import { loadGraph } from './load';

describe('the compare page’s address', () => {
  const ids = new Set(['emergence', 'homogenization', 'bias']);
  const rows: [string, string | undefined, string | undefined, string[]][] = [
    ['', undefined, undefined, []],
    ['?a=emergence&b=homogenization', 'emergence', 'homogenization', []],
    ['?a=emergence', 'emergence', undefined, ['b missing']],
    ['?b=bias', undefined, 'bias', ['a missing']],
    ['?a=emergence&b=emergence', 'emergence', undefined, ['b same emergence']],
    ['?a=planet&b=bias', undefined, 'bias', ['a unknown planet']],
    ['?a=%3Cscript%3E&b=', undefined, undefined, ['a unknown <script>', 'b missing']],
    ['?a=emergence&b=constructor', 'emergence', undefined, ['b unknown constructor']],
  ];
  for (const [query, a, b, problems] of rows)
    it(`reads "${query}"`, () => {
      const r = parseCompareQuery(query, ids);
      assert.equal(r.a, a);
      assert.equal(r.b, b);
      assert.deepEqual(
        r.problems.map((p) => `${p.param} ${p.reason}${p.value ? ` ${p.value}` : ''}`),
        problems,
      );
    });

  it('quotes at most 60 characters of a hostile value', () => {
    const r = parseCompareQuery(`?a=${'x'.repeat(5000)}&b=bias`, ids);
    assert.ok((r.problems[0]?.value.length ?? 0) <= 60);
  });
});

const link = (other: string, verb: string, kind = 'gives-rise-to', dir: 'out' | 'in' = 'out'): CompareLink => ({
  other: { id: other, label: other, kind: 'challenge' },
  kind,
  dir,
  verb,
  inferred: false,
});
const card = (id: string, links: CompareLink[], leadsTo: string[] = []): CompareCard => ({
  id,
  lang: 'en',
  kind: 'trait',
  kindName: 'Trait',
  label: id,
  otherLabel: id,
  summary: '',
  definitions: [],
  links,
  leadsTo: leadsTo.map((c) => ({ challenge: { id: c, label: c, kind: 'challenge' }, via: [] })),
  addresses: [],
});

describe('comparePair', () => {
  const a = card(
    'a',
    [link('x', 'gives rise to'), link('y', 'gives rise to'), link('b', 'part of', 'part-of')],
    ['x', 'z'],
  );
  const b = card(
    'b',
    [link('x', 'amplifies', 'amplifies'), link('w', 'gives rise to'), link('a', 'has part', 'part-of', 'in')],
    ['x'],
  );
  const cmp = comparePair(a, b);

  it('finds the ideas both link to, with how each links to them', () => {
    assert.deepEqual(
      cmp.shared.map((s) => [s.other.id, s.a.map((l) => l.verb), s.b.map((l) => l.verb)]),
      [['x', ['gives rise to'], ['amplifies']]],
    );
  });
  it('keeps the links only one has, leaving out the link between the two', () => {
    assert.deepEqual(
      cmp.onlyA.map((l) => l.other.id),
      ['y'],
    );
    assert.deepEqual(
      cmp.onlyB.map((l) => l.other.id),
      ['w'],
    );
  });
  it('shows the link between the two from the first one’s side', () => {
    assert.deepEqual(
      cmp.direct.map((l) => `${l.verb} ${l.other.id}`),
      ['part of b'],
    );
  });
  it('splits the challenges into shared and separate', () => {
    assert.deepEqual(cmp.challenges, {
      both: [{ id: 'x', label: 'x', kind: 'challenge' }],
      onlyA: [{ id: 'z', label: 'z', kind: 'challenge' }],
      onlyB: [],
    });
  });
});

describe('cards of the real graph', () => {
  const index = loadGraph();
  const cy = causalGraph(index);
  const of = (id: string, lang: 'en' | 'zh') => {
    const node = index.node.get(id);
    assert.ok(node, id);
    return compareCard(index, cy, node, lang);
  };

  it('parse with the schema the browser uses, in both languages, for every idea', () => {
    for (const node of index.graph.nodes)
      for (const lang of ['en', 'zh'] as const)
        CompareCard.parse(JSON.parse(JSON.stringify(compareCard(index, cy, node, lang))));
  });

  it('answer “emergence vs homogenization”: definitions, shared and separate links, challenges', () => {
    const cmp = comparePair(of('emergence', 'en'), of('homogenization', 'en'));
    // Each side shows the paper's words for its idea: the idea's first citations, verbatim.
    const firstQuote = (id: string) => index.node.get(id)?.citations[0]?.quote;
    assert.ok(firstQuote('emergence') && firstQuote('homogenization'));
    assert.equal(cmp.a.definitions[0]?.quote, firstQuote('emergence'));
    assert.equal(cmp.b.definitions[0]?.quote, firstQuote('homogenization'));
    assert.ok(
      cmp.shared.some((s) => s.other.id === 'core-traits'),
      'both are core traits',
    );
    assert.ok(cmp.onlyB.some((l) => l.other.id === 'horizontal-homogenization'));
    assert.ok(cmp.onlyA.some((l) => l.other.id === 'robustness'));
    assert.ok(cmp.challenges.both.some((c) => c.id === 'uncertainty'));
    assert.ok(cmp.challenges.onlyB.some((c) => c.id === 'bias'));
  });

  it('follow causal links to the challenges an idea leads to, naming the ideas on the way', () => {
    const emergence = of('emergence', 'en');
    const viaRobustness = emergence.leadsTo.find((l) => l.via.some((v) => v.id === 'robustness'));
    assert.ok(viaRobustness, 'emergence leads to a challenge through robustness');
    for (const l of emergence.leadsTo) assert.ok(l.via.length <= 2);
  });
});
