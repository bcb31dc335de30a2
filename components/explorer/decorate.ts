/**
 * Dresses the canvas's elements for the picture being shown: each shown idea's box
 * (label lines, size, mark, badge), and — on the argument layout — the stage bands behind
 * the columns and the links' curves, exactly as the SVG drawing has them.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ArgumentLayout, Placed } from '@/graph/argument-layout';
import { canvasCurve, parallelOffsets } from '@/graph/edge-path';
import type { ExplorerNode } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import type { Stage } from '@/graph/stages';
import { STAGE_TITLE_HEIGHT } from '@/graph/svg-drawing';
import { boxData } from './box-data';
import type { Colors } from './graph-style';

export interface Dress {
  nodeById: ReadonlyMap<string, ExplorerNode>;
  lang: Lang;
  colors: Colors;
  badges: ReadonlyMap<string, number>;
  /** The argument layout's placement, when that is the layout shown. */
  layout: ArgumentLayout | undefined;
  /** Titles of the stage bands; none drawn without them. */
  stageTitles: Record<Stage, string> | undefined;
}

export function decorate(cy: Core, dress: Dress): void {
  const { layout } = dress;
  cy.batch(() => {
    cy.nodes()
      .not('.band')
      .forEach((n: NodeSingular) => {
        const node = dress.nodeById.get(n.id());
        if (!node || n.hasClass('hidden')) return;
        n.data(boxData(node, dress.lang, dress.colors, dress.badges.get(n.id()), layout?.nodes[n.id()]));
      });
    curves(cy, layout);
    bands(cy, dress);
  });
}

function curves(cy: Core, layout: ArgumentLayout | undefined) {
  const shown = cy.edges().not('.hidden');
  cy.edges().removeClass('curved level-link');
  if (!layout) return;
  const offsets = parallelOffsets(
    shown.map((e: EdgeSingular) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  );
  shown.forEach((e: EdgeSingular) => {
    const a: Placed | undefined = layout.nodes[e.source().id()];
    const b: Placed | undefined = layout.nodes[e.target().id()];
    if (!a || !b) return;
    // A challenge's level is shown by the column it stands in, under its level's title.
    if (e.data('kind') === 'arises-at' && e.target().data('kind') === 'level') {
      e.addClass('level-link');
      return;
    }
    const c = canvasCurve(a, b, offsets.get(e.id()) ?? 0);
    e.data({ se: c.sourceEndpoint, te: c.targetEndpoint, cpd: c.distances, cpw: c.weights });
    e.addClass('curved');
  });
}

function bands(cy: Core, dress: Dress) {
  cy.remove(cy.nodes('.band'));
  const { layout, stageTitles } = dress;
  if (!layout || !stageTitles) return;
  layout.stages.forEach((s) => {
    const top = -STAGE_TITLE_HEIGHT;
    const height = layout.height - top + 6;
    cy.add({
      group: 'nodes',
      classes: 'band',
      data: { id: `band:${s.stage}`, label: stageTitles[s.stage], w: s.width + 12, h: height, tx: 0, art: '' },
      position: { x: s.x + s.width / 2, y: top + height / 2 },
      selectable: false,
      grabbable: false,
      locked: true,
    });
  });
}
