/**
 * From a set of ideas to a laid-out drawing of them in the argument layout: each idea's
 * box (node-box.ts), its stage column (stages.ts), the challenges stacked under their
 * level, then ELK (argument-layout.ts). The result is what the SVG renderer draws and
 * what the canvas places its nodes by, so both show the same picture.
 */
import type { ELK } from 'elkjs/lib/elk-api';
import { layoutArgument, type ArgumentLayout, type LayoutNode } from './argument-layout';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { EDGE_RULES } from './kinds';
import { textWidth } from './label-metrics';
import { nodeBox } from './node-box';
import type { Lang } from './schema';
import { OPENING, OPENING_IDS, STAGES, stagesOf, type Stage } from './stages';
import type { DrawEdge, DrawNode, Drawing } from './svg-drawing';

export interface DrawingInput {
  graph: ExplorerGraph;
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** How many hidden ideas hang from each shown one ("+N"). */
  badges?: ReadonlyMap<string, number>;
  lang: Lang;
  stageTitles: Record<Stage, string>;
  /** A link as a sentence, for its tooltip; without it the drawing names links by their verb. */
  sentence?: (from: string, verb: string, to: string, inferred: boolean) => string;
}

export interface ArgumentPicture {
  drawing: Drawing;
  layout: ArgumentLayout;
}

const openingRank = new Map<string, number>(STAGES.flatMap((s) => OPENING[s]).map((id, i) => [id, i]));

/**
 * ELK keeps the given order where it does not cost crossings: the opening ideas in the
 * paper's order, then the rest in the data's order, a part right after its whole.
 */
function inModelOrder(nodes: readonly ExplorerNode[], edges: readonly ExplorerEdge[]): ExplorerNode[] {
  const parentOf = new Map<string, string>();
  // Looked up by plain strings: ids of parents and of the ideas in `nodes`.
  for (const e of edges) if (e.kind === 'part-of' && !parentOf.has(e.source)) parentOf.set(e.source, e.target);
  const index = new Map<string, number>(nodes.map((n, i) => [n.id, i]));
  const rank = (id: string, depth = 0): number[] => {
    const own = openingRank.get(id);
    if (own !== undefined) return [own];
    const parent = parentOf.get(id);
    if (parent !== undefined && depth < 8 && index.has(parent)) return [...rank(parent, depth + 1), index.get(id) ?? 0];
    return [1000 + (index.get(id) ?? 0)];
  };
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? -1) - (b[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
  return [...nodes].sort((a, b) => compare(rank(a.id), rank(b.id)));
}

/**
 * Detail stands beside its stage's main column: cases, cited works and the parts of a
 * shown idea, unless the opening view counts them among the main ideas.
 */
function isDetail(n: ExplorerNode, partOfShown: ReadonlySet<string>): boolean {
  if (OPENING_IDS.has(n.id)) return false;
  return n.kind === 'case' || n.kind === 'source' || partOfShown.has(n.id);
}

const plainSentence = (from: string, verb: string, to: string) => `${from} — ${verb} → ${to}`;

export async function argumentPicture(input: DrawingInput, elk: Pick<ELK, 'layout'>): Promise<ArgumentPicture> {
  const { graph, lang } = input;
  const shown = graph.nodes.filter((n) => input.nodeIds.has(n.id));
  const links = graph.edges.filter((e) => input.edgeIds.has(e.id));
  const stage = stagesOf(graph.nodes, graph.edges);
  const ordered = inModelOrder(shown, graph.edges);
  const levelShown = new Set(shown.filter((n) => n.kind === 'level').map((n) => n.id));
  const partOfShown = new Set(
    graph.edges.filter((e) => e.kind === 'part-of' && input.nodeIds.has(e.target)).map((e) => e.source),
  );
  const boxes = new Map(ordered.map((n) => [n.id, nodeBox(n.label[lang], n.kind, input.badges?.get(n.id))]));
  // Every box of a column is as wide as its widest (and a main column as its title): tidy columns.
  const columnOf = (n: ExplorerNode) => `${stage.get(n.id) ?? 'mediation'}${isDetail(n, partOfShown) ? '+' : ''}`;
  const columnWidth = new Map<string, number>();
  for (const n of ordered) {
    const key = columnOf(n);
    const title = key.endsWith('+') ? 0 : textWidth(input.stageTitles[stage.get(n.id) ?? 'mediation'], 13, true);
    columnWidth.set(key, Math.max(columnWidth.get(key) ?? 0, boxes.get(n.id)?.width ?? 0, title));
  }
  const layoutNodes: LayoutNode[] = ordered.map((n) => {
    const box = boxes.get(n.id) ?? nodeBox(n.label[lang], n.kind);
    const group = n.kind === 'level' ? n.id : n.kind === 'challenge' ? n.level : undefined;
    return {
      id: n.id,
      stage: stage.get(n.id) ?? 'mediation',
      width: columnWidth.get(columnOf(n)) ?? box.width,
      height: box.height,
      ...(group !== undefined ? { group } : {}),
      ...(n.kind === 'level' ? { header: true } : {}),
      ...(isDetail(n, partOfShown) ? { detail: true } : {}),
    };
  });
  const layout = await layoutArgument({ nodes: layoutNodes, edges: links }, elk);
  const label = new Map(shown.map((n) => [n.id, n.label[lang]]));
  const nodes: DrawNode[] = ordered.flatMap((n) => {
    const placed = layout.nodes[n.id];
    const box = boxes.get(n.id);
    if (!placed || !box) return [];
    return [
      {
        id: n.id,
        kind: n.kind,
        label: n.label[lang],
        lines: box.lines,
        box: placed,
        badge: box.badge,
        ...(n.kind === 'level' ? { header: true } : {}),
      },
    ];
  });
  const edges: DrawEdge[] = links
    // A challenge's level is shown by the column it stands in, under its level's title.
    .filter((e) => !(e.kind === 'arises-at' && levelShown.has(e.target)))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      stance: e.stance,
      source: e.source,
      target: e.target,
      directed: EDGE_RULES[e.kind].directed,
      sentence: (input.sentence ?? plainSentence)(
        label.get(e.source) ?? e.source,
        EDGE_RULES[e.kind].verbs[lang].forward,
        label.get(e.target) ?? e.target,
        e.stance === 'inferred',
      ),
    }));
  const stages = layout.stages.map((s) => ({ title: input.stageTitles[s.stage], x: s.x, width: s.width }));
  return { drawing: { nodes, edges, stages, width: layout.width, height: layout.height }, layout };
}
