/**
 * The argument layout on a hand-made graph and on the real opening view: stages in
 * columns left to right, challenges stacked under their level, no two boxes overlapping,
 * and the opening view small enough to be drawn with readable labels on a laptop.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ELK from 'elkjs/lib/elk.bundled.js';
import { argumentPicture } from './argument-drawing';
import { compactColumns, layoutArgument, NODE_GAP, type Placed } from './argument-layout';
import { explorerGraph } from './explorer-data';
import { loadGraph } from './load';
import { LABEL_FONT, MIN_READABLE } from './node-box';
import { OPENING_IDS, type Stage } from './stages';
import { renderSvg } from './svg-drawing';

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
      // Labels of 13 px may be scaled down to 11 px: the whole drawing, stage titles and
      // margins included, then fits the canvas a 1280 × 800 screen gives it beside the
      // control panel (about 975 × 645 px).
      const scale = MIN_READABLE / LABEL_FONT;
      const box = /viewBox="(\S+) (\S+) (\S+) (\S+)"/.exec(renderSvg(drawing, { lang, label: 'x', fit: true }));
      const [width, height] = [Number(box?.[3]), Number(box?.[4])];
      assert.ok(width * scale <= 965, `${width} px wide`);
      assert.ok(height * scale <= 640, `${height} px high`);
      assert.equal(drawing.nodes.length, OPENING_IDS.size);
    });
});

describe('compactColumns', () => {
  const box = (id: string, y: number, height = 20) => ({ id, y, height });
  const column = (id: string) => Number(id.split(':')[0]);
  const ys = (out: readonly { id: string; y?: number }[]) => Object.fromEntries(out.map((c) => [c.id, c.y]));
  const cases: { name: string; children: ReturnType<typeof box>[]; expected: Record<string, number> }[] = [
    {
      name: 'a column within the longest packed column is left alone',
      children: [box('0:a', 0), box('0:b', 20 + NODE_GAP), box('1:c', 15)],
      expected: { '0:a': 0, '0:b': 30, '1:c': 15 },
    },
    {
      name: 'a short column reaching below the longest is moved up, bottom first, keeping its gaps',
      children: [box('0:a', 0), box('0:b', 30), box('0:c', 60), box('1:d', 40), box('1:e', 200)],
      expected: { '0:a': 0, '0:b': 30, '0:c': 60, '1:d': 30, '1:e': 60 },
    },
    {
      name: 'moving up pushes the boxes above it up too, never past the top',
      children: [box('0:a', 0), box('0:b', 30), box('0:c', 60), box('1:d', 55), box('1:e', 300)],
      expected: { '0:a': 0, '0:b': 30, '0:c': 60, '1:d': 30, '1:e': 60 },
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(ys(compactColumns(c.children, column)), c.expected));
});
