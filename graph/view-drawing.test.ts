/**
 * A build-time placement drawn as the page shows it before the canvas (a node page's local
 * graph, a tour's graph, the explorer's opening view): every placed idea with its label as
 * text, where the placement put it (so the canvas can take over at the same place), every
 * link, the stage titles, and no colours of its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { create } from 'xmlbuilder2';
import { presetOf } from './build-pictures';
import { localGraph } from './explorer-data';
import { nodeId } from './ids';
import { loadGraph } from './load';
import type { Lang } from './schema';
import type { Stage } from './stages';
import { escapeXml } from './svg-drawing';
import { placementSvg } from './view-drawing';

const index = loadGraph();
const titles: Record<Stage, string> = {
  traits: '1 Traits',
  challenges: '2 Challenges',
  mediation: '3 Mediation',
  governance: '4 Governance',
  limitations: '5 Limits',
  recommendations: '6 Recommendations',
};
const sentence = (from: string, verb: string, to: string, inferred: boolean) =>
  `${from} — ${verb} → ${to}${inferred ? ' (editorial)' : ''}`;
const f = (n: number) => String(Math.round(n * 10) / 10);

describe('placementSvg', () => {
  for (const [id, lang] of [
    ['emergence', 'en'],
    ['emergence', 'zh'],
    ['bias', 'en'],
  ] as const satisfies readonly (readonly [string, Lang])[]) {
    it(`draws ${id}'s neighbourhood (${lang}) where the build placed it, labels as text`, async () => {
      const graph = localGraph(index, nodeId(id));
      const preset = await presetOf(graph, lang, titles);
      const svg = placementSvg({ graph, layout: preset.layout, lang, stageTitles: titles, sentence, label: 'Graph' });
      assert.doesNotThrow(() => create(svg).end({ format: 'object' }), 'well-formed');
      assert.doesNotMatch(svg, /<style>/, 'the page colours it');
      assert.match(svg, /style="--w:[\d.]+px;--ratio:[\d.]+"/, 'sized to fit its box');
      for (const n of graph.nodes) {
        const box = preset.layout.nodes[n.id];
        assert.ok(box, `${n.id} is placed`);
        const group = new RegExp(
          `data-id="${n.id}"><title>[^<]+</title><rect class="ad-box" x="${f(box.x - box.width / 2)}" y="${f(box.y - box.height / 2)}"`,
        );
        assert.match(svg, group, `${n.id} drawn at its place`);
        assert.ok(svg.includes(`<title>${escapeXml(n.label[lang])}</title>`), `${n.id}'s label`);
      }
      // On the argument layout a challenge's level is shown by its column, not a link.
      const levels = new Set(graph.nodes.filter((n) => n.kind === 'level').map((n) => n.id));
      const drawn = graph.edges.filter((e) => !(e.kind === 'arises-at' && levels.has(e.target)));
      assert.ok(drawn.length > 0);
      for (const e of drawn) assert.ok(svg.includes(`data-edge="${e.id}"`), `${e.id} drawn`);
      for (const band of preset.layout.stages) assert.ok(svg.includes(`>${titles[band.stage]}</text>`));
    });
  }
});
