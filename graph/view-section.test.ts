/** The explorer's section filter: the address it reads, and the ideas it keeps, worked out by hand. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STATE, parseExplorerQuery, serializeExplorerState } from './explore-state';
import type { ExplorerGraph, ExplorerNode } from './explorer-data';
import { edgeIdOf, nodeId } from './ids';
import type { Section } from './schema';
import { computeView } from './view';

const n = (id: string, kind: ExplorerNode['kind'], sections: Section[]): ExplorerNode => ({
  id: nodeId(id),
  kind,
  label: { en: id, zh: id },
  summary: { en: '', zh: '' },
  sections,
});

const graph: ExplorerGraph = {
  nodes: [
    n('emergence', 'trait', ['2.1.1', '2.2']),
    n('uncertainty', 'challenge', ['2.2', '2.2.1']),
    n('bias', 'challenge', ['abstract', '2.2.2']),
    n('mirroring-effect', 'concept', ['abstract', '3']),
    n('fine-tuning', 'governance', ['4.1']),
  ],
  edges: [
    {
      id: edgeIdOf('e1'),
      source: nodeId('emergence'),
      target: nodeId('uncertainty'),
      kind: 'gives-rise-to',
      stance: 'stated',
    },
    {
      id: edgeIdOf('e2'),
      source: nodeId('fine-tuning'),
      target: nodeId('bias'),
      kind: 'addresses',
      stance: 'stated',
    },
  ],
};

describe('the section filter', () => {
  const shown = (section: Section | undefined) => [...computeView(graph, { ...DEFAULT_STATE, section }).nodeIds].sort();
  const rows: [Section | undefined, string[]][] = [
    [undefined, ['bias', 'emergence', 'fine-tuning', 'mirroring-effect', 'uncertainty']],
    ['2.2.1', ['uncertainty']],
    // A section takes in its subsections: §2.2 holds what 2.2, 2.2.1 and 2.2.2 cite.
    ['2.2', ['bias', 'emergence', 'uncertainty']],
    ['2', ['bias', 'emergence', 'uncertainty']],
    ['abstract', ['bias', 'mirroring-effect']],
    ['4', ['fine-tuning']],
    ['5', []],
  ];
  for (const [section, expected] of rows)
    it(`keeps ${expected.join(', ') || 'nothing'} for ${section ?? 'every section'}`, () =>
      assert.deepEqual(shown(section), expected));

  it('keeps an edge only when both its ends are kept', () => {
    const view = computeView(graph, { ...DEFAULT_STATE, section: '2.2' });
    assert.deepEqual([...view.edgeIds], ['e1']);
  });

  it('drops a focus outside the section, like any other filter', () => {
    const view = computeView(graph, { ...DEFAULT_STATE, section: '4.1', focus: nodeId('bias') });
    assert.equal(view.focus, undefined);
  });
});

describe('section in the address', () => {
  const ids = new Set(['emergence']);
  const rows: [string, Section | undefined, string[]][] = [
    ['?section=2.2.1', '2.2.1', []],
    ['?section=abstract', 'abstract', []],
    ['?section=2.3', undefined, ['section=2.3']],
    ['?section=%C2%A72.2.1', undefined, ['section=§2.2.1']],
    ['?section=limitations', undefined, ['section=limitations']],
    ['?section=3&section=4', '3', ['section=4']],
  ];
  for (const [query, section, ignored] of rows)
    it(`reads "${query}"`, () => {
      const r = parseExplorerQuery(query, ids);
      assert.equal(r.state.section, section);
      assert.deepEqual(
        r.ignored.map((i) => `${i.param}=${i.value}`),
        ignored,
      );
    });

  it('writes the section after the other filters and reads it back', () => {
    const state = { ...DEFAULT_STATE, focus: nodeId('emergence'), section: '2.1.1' as const };
    assert.equal(serializeExplorerState(state), '?focus=emergence&section=2.1.1');
    assert.deepEqual(parseExplorerQuery(serializeExplorerState(state), ids).state, state);
  });
});
