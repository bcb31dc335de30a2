/**
 * The reading companion's outline, against the real graph: every idea appears under each
 * section its citations name (and nowhere else), limitations go to the passage that closes
 * §4.2, and a quotation is short, from its section, and never just the section's heading.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGraph } from './load';
import { QUOTE_MAX_HAN, entriesOf, entryOf, hanCount, outlineQuotes, paperOutline, quoteFor } from './paper-outline';
import type { NodeKind, Section } from './schema';
import { paperSection, sectionAnchor } from './sections';

const index = loadGraph();
const everyIdea = (entry: string) =>
  index.graph.nodes.filter((n) => entriesOf(n).some((e) => e === entry)).map((n) => n.id);
const outline = paperOutline(index, everyIdea);

describe('the outline of the paper', () => {
  it('has one entry per section of the paper, in order, each with its anchor', () => {
    assert.deepEqual(
      outline.map((e) => sectionAnchor(e.section.id)),
      [
        'abstract',
        's1',
        's2',
        's2-1',
        's2-1-1',
        's2-1-2',
        's2-2',
        's2-2-1',
        's2-2-2',
        's2-2-3',
        's3',
        's4',
        's4-1',
        's4-2',
        's4-2-limitations',
        's5',
      ],
    );
  });

  it('lists every idea under each section its citations name', () => {
    for (const node of index.graph.nodes)
      for (const c of node.citations) {
        const entry = outline.find((e) => e.section.id === entryOf(node, c.section));
        const group = entry?.groups.find((g) => g.kind === node.kind);
        assert.ok(
          group?.ideas.some((i) => i.node.id === node.id),
          `${node.id} is cited in ${c.section} but not listed under ${entry?.section.number ?? c.section}`,
        );
      }
  });

  it('lists an idea only under sections its citations name, once each', () => {
    for (const entry of outline) {
      const ids = entry.groups.flatMap((g) => g.ideas.map((i) => i.node.id));
      assert.equal(new Set(ids).size, ids.length, `${entry.section.id} lists an idea twice`);
      for (const g of entry.groups)
        for (const { node } of g.ideas) {
          assert.equal(node.kind, g.kind);
          assert.ok(
            node.citations.some((c) => entryOf(node, c.section) === entry.section.id),
            `${node.id} under ${entry.section.id}`,
          );
        }
    }
  });

  it('groups ideas by kind in the order of the kinds', () => {
    for (const entry of outline) {
      const kinds = entry.groups.map((g) => g.kind);
      assert.deepEqual(
        kinds,
        [...kinds].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)),
      );
    }
  });
});

const KIND_ORDER: NodeKind[] = [
  'trait',
  'level',
  'challenge',
  'concept',
  'relation',
  'governance',
  'limitation',
  'recommendation',
  'case',
  'source',
];

describe('where an idea goes', () => {
  const rows: [NodeKind, Section, string][] = [
    ['limitation', '4', 'limitations'],
    ['limitation', '4.2', 'limitations'],
    ['limitation', '5', '5'],
    ['governance', '4.2', '4.2'],
    ['recommendation', '4', '4'],
    ['trait', '2.1.1', '2.1.1'],
  ];
  for (const [kind, section, entry] of rows)
    it(`a ${kind} cited in ${section} goes under ${entry}`, () => assert.equal(entryOf({ kind }, section), entry));
});

describe('quotations', () => {
  it('are short, from the section, and never only its heading', () => {
    for (const entry of outline)
      for (const g of entry.groups)
        for (const { node, quote } of g.ideas) {
          if (!quote) continue;
          assert.ok(hanCount(quote.quote) <= QUOTE_MAX_HAN, `${node.id}: ${quote.quote}`);
          assert.equal(entryOf(node, quote.section), entry.section.id);
          assert.ok(
            !entry.section.heading.zh.includes(quote.quote.replace(/\s+/g, '')),
            `${node.id} quotes the heading`,
          );
        }
  });

  it('skip a citation that repeats the heading for the next one', () => {
    const justice = index.node.get('global-justice');
    const section = paperSection('2.2.3');
    assert.ok(justice && section);
    const quote = quoteFor(justice, section);
    assert.notEqual(quote?.quote, section.heading.zh);
  });

  it('are shown only for the ideas chosen, at most one each', () => {
    const none = paperOutline(index, () => []);
    assert.deepEqual(outlineQuotes(none), []);
    const one = paperOutline(index, (e) => (e === '2.1.1' ? ['emergence'] : []));
    assert.equal(outlineQuotes(one).length, 1);
  });
});
