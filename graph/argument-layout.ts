/**
 * The argument layout: the ideas shown, in one column band per stage of the paper's
 * argument (graph/stages.ts), laid out by ELK's layered algorithm (elkjs) so that links
 * run left to right with few crossings and no two boxes overlap. The challenges of a
 * level are stacked under their level, which heads them like a column title: to ELK the
 * group is one block, its members placed inside it in the order given.
 *
 * Pure apart from the ELK instance passed in: the build runs it in Node for the views laid
 * out ahead of time, and the browser in a web worker (components/explorer/elk.ts) for the
 * others. The same input always gives the same picture.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { STAGES, type Stage } from './stages';

export interface LayoutNode {
  id: string;
  stage: Stage;
  width: number;
  height: number;
  /** Members of a group (the challenges of one level) share its key. */
  group?: string;
  /** The node that heads its group (the level itself): it spans the group's width. */
  header?: boolean;
  /**
   * Detail shown on request (a case, a cited work, a part of an idea): it stands in a
   * narrower column right of its stage's main column, beside what it hangs from.
   */
  detail?: boolean;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** A box by its centre (as cytoscape places nodes) and size. */
export interface Placed {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StageBand {
  stage: Stage;
  /** Left edge and width of the stage's column. */
  x: number;
  width: number;
}

export interface ArgumentLayout {
  nodes: Record<string, Placed>;
  stages: StageBand[];
  /** The drawing's extent: (0, 0) to (width, height), stage titles excluded. */
  width: number;
  height: number;
}

/** Gap between boxes stacked in a column. */
export const NODE_GAP = 10;
/** Gap between neighbouring columns (ELK's layers). */
export const LAYER_GAP = 32;
/** Gap between a group's header and its first member. */
const HEADER_GAP = 4;

export const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  // One drawing, not one per connected part: the stage columns must line up across parts.
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(NODE_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  // The links are drawn as curves between the boxes (edge-path.ts), not along ELK's
  // orthogonal routes: little room for those routes keeps the columns close.
  'elk.layered.spacing.edgeNodeBetweenLayers': '4',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '2',
  'elk.spacing.edgeNode': '8',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

const groupId = (key: string) => `group:${key}`;

/** Two columns per stage: its main ideas, then the detail shown beside them. */
const partitionOf = (n: LayoutNode): number => 2 * STAGES.indexOf(n.stage) + (n.detail ? 1 : 0);

/** The group blocks: each member's key, and each block's size and members in order. */
function groups(nodes: readonly LayoutNode[]) {
  const blocks = new Map<string, { header: LayoutNode | undefined; members: LayoutNode[]; stage: Stage }>();
  for (const n of nodes) {
    if (n.group === undefined) continue;
    const block = blocks.get(n.group) ?? { header: undefined, members: [], stage: n.stage };
    if (n.header) block.header = n;
    else block.members.push(n);
    blocks.set(n.group, block);
  }
  return blocks;
}

export async function layoutArgument(
  input: { nodes: readonly LayoutNode[]; edges: readonly LayoutEdge[] },
  elk: Pick<ELK, 'layout'>,
): Promise<ArgumentLayout> {
  const blocks = groups(input.nodes);
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const blockOf = (id: string): string => {
    const n = byId.get(id);
    return n?.group !== undefined ? groupId(n.group) : id;
  };
  const partition = (id: string): number | undefined => {
    const n = byId.get(id);
    return n ? partitionOf(n) : undefined;
  };
  const children: ElkNode[] = [];
  const seenBlocks = new Set<string>();
  for (const n of input.nodes) {
    const layoutOptions = { 'elk.partitioning.partition': String(partitionOf(n)) };
    if (n.group === undefined) {
      children.push({ id: n.id, width: n.width, height: n.height, layoutOptions });
      continue;
    }
    if (seenBlocks.has(n.group)) continue;
    seenBlocks.add(n.group);
    const block = blocks.get(n.group);
    if (!block) continue;
    const all = [...(block.header ? [block.header] : []), ...block.members];
    const width = Math.max(...all.map((m) => m.width));
    const height =
      block.members.reduce((sum, m) => sum + m.height, 0) +
      NODE_GAP * Math.max(0, block.members.length - 1) +
      (block.header ? block.header.height + HEADER_GAP : 0);
    children.push({ id: groupId(n.group), width, height, layoutOptions });
  }
  const edges: ElkExtendedEdge[] = [];
  for (const e of input.edges) {
    const source = blockOf(e.source);
    const target = blockOf(e.target);
    // Links inside one column (a challenge and its level, a part and its whole) do not
    // shape the columns: each column is one layer, its links drawn as arcs beside it.
    if (source === target || partition(e.source) === partition(e.target)) continue;
    edges.push({ id: e.id, sources: [source], targets: [target] });
  }
  const root: ElkNode = { id: 'root', layoutOptions: ELK_OPTIONS, children, edges };
  const result = await elk.layout(root);
  const columnOf = (id: string): number => {
    const block = id.startsWith('group:') ? blocks.get(id.slice('group:'.length)) : undefined;
    const first = block ? (block.header ?? block.members[0]) : byId.get(id);
    return first ? partitionOf(first) : -1;
  };
  const placedChildren = compactColumns(result.children ?? [], columnOf);

  const nodes: Record<string, Placed> = {};
  for (const child of placedChildren) {
    const x = child.x ?? 0;
    const y = child.y ?? 0;
    const width = child.width ?? 0;
    if (!child.id.startsWith('group:')) {
      nodes[child.id] = { x: x + width / 2, y: y + (child.height ?? 0) / 2, width, height: child.height ?? 0 };
      continue;
    }
    const block = blocks.get(child.id.slice('group:'.length));
    if (!block) continue;
    let top = y;
    if (block.header) {
      nodes[block.header.id] = {
        x: x + width / 2,
        y: top + block.header.height / 2,
        width,
        height: block.header.height,
      };
      top += block.header.height + HEADER_GAP;
    }
    for (const m of block.members) {
      nodes[m.id] = { x: x + width / 2, y: top + m.height / 2, width, height: m.height };
      top += m.height + NODE_GAP;
    }
  }
  const height = Math.max(0, ...placedChildren.map((c) => (c.y ?? 0) + (c.height ?? 0)));
  return { nodes, stages: stageBands(input.nodes, nodes), width: result.width ?? 0, height };
}

/**
 * No column runs longer than the longest one needs when packed: ELK's balanced placement
 * lines a box up with its neighbours, which can leave a short column reaching far below
 * the others (and the drawing too tall for a laptop screen). Each column keeps its order
 * and the gaps between its boxes; boxes are moved up only as far as needed, bottom first.
 */
export function compactColumns<T extends { id: string; y?: number; height?: number }>(
  children: readonly T[],
  columnOf: (id: string) => number,
): T[] {
  const columns = new Map<number, T[]>();
  for (const c of children) columns.set(columnOf(c.id), [...(columns.get(columnOf(c.id)) ?? []), c]);
  const packed = (col: readonly T[]) =>
    col.reduce((sum, c) => sum + (c.height ?? 0), 0) + NODE_GAP * Math.max(0, col.length - 1);
  const top = Math.min(0, ...children.map((c) => c.y ?? 0));
  const limit = top + Math.max(0, ...[...columns.values()].map(packed));
  const moved = new Map<string, number>();
  for (const col of columns.values()) {
    let bottom = limit;
    for (const c of [...col].sort((a, b) => (b.y ?? 0) - (a.y ?? 0))) {
      const y = Math.min(c.y ?? 0, bottom - (c.height ?? 0));
      moved.set(c.id, y);
      bottom = y - NODE_GAP;
    }
  }
  return children.map((c) => ({ ...c, y: moved.get(c.id) ?? c.y }));
}

/** Each stage's column: from the left edge of its leftmost box to the right edge of its rightmost. */
function stageBands(input: readonly LayoutNode[], placed: Record<string, Placed>): StageBand[] {
  return STAGES.flatMap((stage) => {
    const boxes = input.filter((n) => n.stage === stage).flatMap((n) => (placed[n.id] ? [placed[n.id]] : []));
    if (boxes.length === 0) return [];
    const left = Math.min(...boxes.map((b) => (b?.x ?? 0) - (b?.width ?? 0) / 2));
    const right = Math.max(...boxes.map((b) => (b?.x ?? 0) + (b?.width ?? 0) / 2));
    return [{ stage, x: left, width: right - left }];
  });
}

/**
 * What a placement was computed for: the ideas shown and their badges (a badge widens its
 * box). A placement made for one key fits any view with the same key.
 */
export function pictureKey(nodeIds: Iterable<string>, badges: ReadonlyMap<string, number>): string {
  const ids = [...nodeIds].sort();
  const marks = ids.filter((id) => badges.has(id)).map((id) => `${id}+${badges.get(id) ?? 0}`);
  return `${ids.join(',')}|${marks.join(',')}`;
}
