/**
 * The argument layout on a hand-made graph and on the real opening view: stages in
 * columns left to right, challenges stacked under their level, no two boxes overlapping,
 * and the opening view small enough to be drawn with readable labels on a laptop.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ELK from 'elkjs/lib/elk.bundled.js';
import { argumentPicture } from './argument-drawing';
import { layoutArgument, type Placed } from './argument-layout';
import { explorerGraph } from './explorer-data';
import { loadGraph } from './load';
import { LABEL_FONT, MIN_READABLE } from './node-box';
import { OPENING_IDS, type Stage } from './stages';

const elk = new ELK();

const overlap = (a: Placed, b: Placed) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

function assertNoOverlap(nodes: Record<string, Placed>) {
  const entries = Object.entries(nodes);
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [ia, a] = entries[i] ?? [];
      const [ib, b] = entries[j] ?? [];
      if (a && b) assert.ok(!overlap(a, b), `${ia} overlaps ${ib}`);
    }
}

describe('layoutArgument', () => {
  const node = (id: string, stage: Stage, extra = {}) => ({ id, stage, width: 100, height: 26, ...extra });
  it('puts the stages in columns, left to right, whatever way the links run', async () => {
    const layout = await layoutArgument(
      {
        nodes: [
          node('rec', 'recommendations'),
          node('lim', 'limitations'),
          node('trait', 'traits'),
          node('gov', 'governance'),
          node('ch', 'challenges'),
        ],
        // Governance addresses a challenge (runs backwards); a recommendation responds to a limitation.
        edges: [
          { id: 'a', source: 'trait', target: 'ch' },
          { id: 'b', source: 'gov', target: 'ch' },
          { id: 'c', source: 'gov', target: 'lim' },
          { id: 'd', source: 'rec', target: 'lim' },
        ],
      },
      elk,
    );
    const x = (id: string) => layout.nodes[id]?.x ?? NaN;
    assert.ok(x('trait') < x('ch') && x('ch') < x('gov') && x('gov') < x('lim') && x('lim') < x('rec'));
    assert.deepEqual(
      layout.stages.map((s) => s.stage),
      ['traits', 'challenges', 'governance', 'limitations', 'recommendations'],
    );
  });
  it('stacks a group under its header, in the order given, as wide as its widest member', async () => {
    const layout = await layoutArgument(
      {
        nodes: [
          node('data', 'challenges', { group: 'data', header: true }),
          node('bias', 'challenges', { group: 'data', width: 140 }),
          node('toxicity', 'challenges', { group: 'data' }),
        ],
        edges: [{ id: 'x', source: 'bias', target: 'data' }],
      },
      elk,
    );
    const [h, b, t] = ['data', 'bias', 'toxicity'].map((id) => layout.nodes[id]);
    assert.ok(h && b && t);
    assert.ok(h.y < b.y && b.y < t.y, 'header, then members in order');
    assert.equal(h.width, 140);
    assert.equal(t.width, 140);
    assert.equal(h.x, t.x);
    assertNoOverlap(layout.nodes);
  });
});

describe('the opening view', () => {
  const graph = explorerGraph(loadGraph());
  const edgeIds = new Set(
    graph.edges.filter((e) => OPENING_IDS.has(e.source) && OPENING_IDS.has(e.target)).map((e) => e.id),
  );
  const titles: Record<Stage, string> = {
    traits: 'Traits',
    challenges: 'Challenges',
    mediation: 'Mediation',
    governance: 'Governance',
    limitations: 'Limitations',
    recommendations: 'Recommendations',
  };
  for (const lang of ['en', 'zh'] as const)
    it(`(${lang}) places every main idea, in its stage's column, with no two boxes overlapping`, async () => {
      const { layout, drawing } = await argumentPicture(
        { graph, nodeIds: OPENING_IDS, edgeIds, lang, stageTitles: titles },
        elk,
      );
      assert.deepEqual(Object.keys(layout.nodes).sort(), [...OPENING_IDS].sort());
      assertNoOverlap(layout.nodes);
      for (let i = 0; i + 1 < layout.stages.length; i++) {
        const a = layout.stages[i];
        const b = layout.stages[i + 1];
        if (a && b) assert.ok(a.x + a.width < b.x, `${a.stage} ends before ${b.stage} begins`);
      }
      // Labels of 13 px may be scaled down to 11 px: the whole view then fits a 960 px wide
      // canvas (a 1280 px screen beside the control panel) and 660 px high.
      const scale = MIN_READABLE / LABEL_FONT;
      assert.ok(layout.width * scale <= 960, `${layout.width} px wide`);
      assert.ok(layout.height * scale <= 660, `${layout.height} px high`);
      assert.equal(drawing.nodes.length, OPENING_IDS.size);
    });
});
