/**
 * A drawing of the view as it stands — the ideas where they are drawn, their links, and on
 * the argument layout the stage columns — for the SVG renderer: what "Export" saves and
 * what is printed in place of the canvas.
 */
import type { ArgumentLayout, Placed, StageBand } from './argument-layout';
import type { ExplorerGraph } from './explorer-data';
import { EDGE_RULES } from './kinds';
import { nodeBox } from './node-box';
import type { Lang } from './schema';
import type { Stage } from './stages';
import { renderSvg, type DrawEdge, type DrawNode, type Drawing } from './svg-drawing';

export interface DrawingOfView {
  graph: ExplorerGraph;
  /** Each shown idea's box where it is drawn (centre and size). */
  boxes: ReadonlyMap<string, Placed>;
  edgeIds: ReadonlySet<string>;
  badges: ReadonlyMap<string, number>;
  lang: Lang;
  /** The stage columns, on the argument layout. */
  stages?: { bands: readonly StageBand[]; titles: Record<Stage, string> } | undefined;
  sentence: (from: string, verb: string, to: string, inferred: boolean) => string;
  /** Keep the boxes' own coordinates (the page's drawing, which the canvas takes over from); else start at 0, 0. */
  keepCoordinates?: boolean;
}

export function drawingOfView(v: DrawingOfView): Drawing {
  const { graph, boxes, lang } = v;
  const shown = graph.nodes.filter((n) => boxes.has(n.id));
  const label = new Map<string, string>(shown.map((n) => [n.id, n.label[lang]]));
  const levels = new Set<string>(shown.filter((n) => n.kind === 'level').map((n) => n.id));
  const nodes: DrawNode[] = shown.flatMap((n) => {
    const box = boxes.get(n.id);
    if (!box) return [];
    const nb = nodeBox(n.label[lang], n.kind, v.badges.get(n.id));
    return [
      {
        id: n.id,
        kind: n.kind,
        label: n.label[lang],
        lines: nb.lines,
        box,
        badge: nb.badge,
        header: n.kind === 'level',
      },
    ];
  });
  const edges: DrawEdge[] = graph.edges
    .filter((e) => v.edgeIds.has(e.id) && boxes.has(e.source) && boxes.has(e.target))
    // On the argument layout a challenge's level is shown by the column it stands in.
    .filter((e) => !(v.stages && e.kind === 'arises-at' && levels.has(e.target)))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      stance: e.stance,
      source: e.source,
      target: e.target,
      directed: EDGE_RULES[e.kind].directed,
      sentence: v.sentence(
        label.get(e.source) ?? e.source,
        EDGE_RULES[e.kind].verbs[lang].forward,
        label.get(e.target) ?? e.target,
        e.stance === 'inferred',
      ),
    }));
  // The picture's own coordinates start at its top-left box.
  const all = [...boxes.values()];
  const minX = Math.min(...all.map((b) => b.x - b.width / 2));
  const minY = Math.min(...all.map((b) => b.y - b.height / 2));
  const maxX = Math.max(...all.map((b) => b.x + b.width / 2));
  const maxY = Math.max(...all.map((b) => b.y + b.height / 2));
  const dx = v.keepCoordinates ? 0 : minX;
  const dy = v.keepCoordinates ? 0 : minY;
  const shift = (b: Placed): Placed => ({ ...b, x: b.x - dx, y: b.y - dy });
  const stages =
    v.stages?.bands.map((s) => ({ title: v.stages?.titles[s.stage] ?? s.stage, x: s.x - dx, width: s.width })) ?? [];
  return {
    nodes: nodes.map((n) => ({ ...n, box: shift(n.box) })),
    edges,
    stages,
    width: all.length > 0 ? maxX - dx : 0,
    height: all.length > 0 ? maxY - dy : 0,
  };
}

/**
 * A placement made at build time drawn as the page shows it before (or instead of) the
 * canvas: the explorer's opening view, a node page's local graph, a tour's graph. The
 * boxes keep their coordinates, so the canvas can take over from the drawing at the same
 * place; no colours of its own (the page's CSS colours it, black on white on paper).
 */
export function placementSvg(p: {
  graph: ExplorerGraph;
  layout: ArgumentLayout;
  /** The links to draw (default: all of the graph's). */
  edgeIds?: ReadonlySet<string> | undefined;
  badges?: ReadonlyMap<string, number> | undefined;
  lang: Lang;
  stageTitles: Record<Stage, string>;
  sentence: DrawingOfView['sentence'];
  /** The picture's accessible name. */
  label: string;
}): string {
  return renderSvg(
    drawingOfView({
      graph: p.graph,
      boxes: new Map(Object.entries(p.layout.nodes)),
      edgeIds: p.edgeIds ?? new Set(p.graph.edges.map((e) => e.id)),
      badges: p.badges ?? new Map(),
      lang: p.lang,
      stages: { bands: p.layout.stages, titles: p.stageTitles },
      sentence: p.sentence,
      keepCoordinates: true,
    }),
    { lang: p.lang, label: p.label, fit: true },
  );
}
