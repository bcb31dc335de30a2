/**
 * What the search index carries besides names: the paper's sections (headings verbatim,
 * anchors as the paper page names them) and each challenge's governance and each measure's
 * limits, checked against the graph with queries written independently here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { loadGraph } from './load';
import { findPaper } from './quotes';
import { SECTIONS } from './schema';
import { buildCoreIndex } from './search-build';
import { PAPER_SECTIONS, sectionAnchor } from './search-sections';

const index = loadGraph();
const { nodes, edges } = index.graph;
const core = (paper: boolean) => buildCoreIndex(index, 'test', { pages: { compare: false, paper } });

describe('section records', () => {
  it('cover every section the schema knows, once', () => {
    assert.deepEqual(
      PAPER_SECTIONS.map((s) => s.section),
      [...SECTIONS],
    );
  });

  it('anchor as the paper page does: #abstract, #s1, #s2-1-1 … #s5', () => {
    assert.deepEqual(
      ['abstract', '1', '2.1.1', '4.2', '5'].map((s) => sectionAnchor(s as (typeof SECTIONS)[number])),
      ['abstract', 's1', 's2-1-1', 's4-2', 's5'],
    );
  });

  it('have the paper’s own Chinese headings, verbatim', (t) => {
    const path = findPaper();
    if (path === undefined) {
      t.diagnostic('the paper’s text is not available here; headings not compared');
      return;
    }
    const paper = fs.readFileSync(path, 'utf8').replace(/\s+/g, '');
    for (const { section, heading } of PAPER_SECTIONS.filter((s) => s.section !== 'abstract')) {
      assert.ok(paper.includes(`${section}${heading.zh}`), `§${section} “${heading.zh}”`);
    }
  });

  it('are in the index only when the paper page exists to link them to', () => {
    assert.equal(core(true).records.filter((r) => r.kind === 'section').length, PAPER_SECTIONS.length);
    assert.equal(core(false).records.filter((r) => r.kind === 'section').length, 0);
  });
});

describe('governance in the index', () => {
  const { governance, limits, responses } = core(false);
  const measureKinds = new Set(['governance', 'recommendation']);
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));

  it('lists, for every challenge, what addresses it or a challenge it is part of', () => {
    for (const c of nodes.filter((n) => n.kind === 'challenge')) {
      // The challenge and the broader challenges it is part of, followed upwards.
      const reach = [c.id];
      for (let k = 0; k < reach.length; k++)
        for (const e of edges)
          if (
            e.kind === 'part-of' &&
            e.source === reach[k] &&
            kindOf.get(e.target) === 'challenge' &&
            !reach.includes(e.target)
          )
            reach.push(e.target);
      const expected = new Set(
        edges
          .filter(
            (e) => e.kind === 'addresses' && reach.includes(e.target) && measureKinds.has(kindOf.get(e.source) ?? ''),
          )
          .map((e) => e.source),
      );
      assert.deepEqual(new Set((governance[c.id] ?? []).map((g) => g.id)), expected, c.id);
      for (const g of governance[c.id] ?? []) {
        const direct = edges.find((e) => e.kind === 'addresses' && e.source === g.id && e.target === c.id);
        assert.equal(g.via === undefined, direct !== undefined, `${c.id} ← ${g.id}: via`);
        if (direct) assert.equal(g.stance, direct.stance);
      }
    }
  });

  it('says plainly when nothing reaches a challenge (privacy and security has no measure)', () => {
    assert.deepEqual(governance['privacy-and-security'], []);
  });

  it('lists every measure’s own limitations', () => {
    for (const m of nodes.filter((n) => measureKinds.has(n.kind))) {
      const own = edges.filter((e) => e.kind === 'limited-by' && e.source === m.id).map((e) => e.target);
      const listed = (limits[m.id] ?? []).filter((l) => l.via === undefined).map((l) => l.id);
      assert.deepEqual(new Set(listed), new Set(own), m.id);
    }
  });

  it('adds the limitations of the broader measures a measure is part of, marked with that measure', () => {
    for (const m of nodes.filter((n) => measureKinds.has(n.kind))) {
      const broader = [m.id];
      for (let k = 0; k < broader.length; k++)
        for (const e of edges)
          if (
            e.kind === 'part-of' &&
            e.source === broader[k] &&
            measureKinds.has(kindOf.get(e.target) ?? '') &&
            !broader.includes(e.target)
          )
            broader.push(e.target);
      const all = new Set(
        edges.filter((e) => e.kind === 'limited-by' && broader.includes(e.source)).map((e) => e.target),
      );
      assert.deepEqual(new Set((limits[m.id] ?? []).map((l) => l.id)), all, m.id);
      for (const l of limits[m.id] ?? [])
        if (l.via)
          assert.ok(
            edges.some((e) => e.kind === 'limited-by' && e.source === l.via && e.target === l.id),
            `${m.id}: ${l.id} via ${l.via}`,
          );
    }
    assert.ok(
      Object.values(limits).some((list) => list.some((l) => l.via !== undefined)),
      'some limitation is inherited',
    );
  });

  it('lists the recommendations that respond to each limitation', () => {
    for (const l of nodes.filter((n) => n.kind === 'limitation')) {
      const expected = edges.filter((e) => e.kind === 'responds-to' && e.target === l.id).map((e) => e.source);
      assert.deepEqual(new Set(responses[l.id] ?? []), new Set(expected), l.id);
    }
  });
});
