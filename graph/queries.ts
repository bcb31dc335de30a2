/**
 * Pure questions asked of the validated graph. No React and no Next here: pages, data
 * exports and tests all call the same functions.
 */
import { EDGE_RULES } from './kinds';
import type { GraphIndex } from './load';
import {
  EDGE_KINDS,
  LEVELS,
  type Edge,
  type EdgeKind,
  type Level,
  type Node,
  type NodeId,
  type NodeKind,
} from './schema';

export interface Relation {
  edge: Edge;
  other: Node;
}

export interface RelationGroup {
  kind: EdgeKind;
  /** `out`: this node is the source ("gives rise to …"); `in`: the target ("arises from …"). */
  direction: 'out' | 'in';
  relations: Relation[];
}

const byLabel = (a: Relation, b: Relation) => a.other.label.en.localeCompare(b.other.label.en);

/** Relations of a node, grouped by edge kind and direction, in the order of EDGE_KINDS. */
export function relationGroups(index: GraphIndex, id: NodeId): RelationGroup[] {
  const groups: RelationGroup[] = [];
  const out = index.outgoing.get(id) ?? [];
  const inc = index.incoming.get(id) ?? [];
  for (const kind of EDGE_KINDS) {
    const other = (e: Edge, end: 'source' | 'target'): Relation | undefined => {
      const node = index.node.get(e[end]);
      return node ? { edge: e, other: node } : undefined;
    };
    const outs = out.filter((e) => e.kind === kind).map((e) => other(e, 'target'));
    const ins = inc.filter((e) => e.kind === kind).map((e) => other(e, 'source'));
    const defined = (r: Relation | undefined): r is Relation => r !== undefined;
    if (!EDGE_RULES[kind].directed) {
      // An undirected link reads the same from both ends: one group.
      const all = [...outs, ...ins].filter(defined).sort(byLabel);
      if (all.length > 0) groups.push({ kind, direction: 'out', relations: all });
      continue;
    }
    const o = outs.filter(defined).sort(byLabel);
    const i = ins.filter(defined).sort(byLabel);
    if (o.length > 0) groups.push({ kind, direction: 'out', relations: o });
    if (i.length > 0) groups.push({ kind, direction: 'in', relations: i });
  }
  return groups;
}

/** Whether a node is a sub-topic of another node of its own kind. */
export function isSubTopic(index: GraphIndex, node: Node): boolean {
  return (index.outgoing.get(node.id) ?? []).some(
    (e) => e.kind === 'part-of' && index.node.get(e.target)?.kind === node.kind,
  );
}

export function nodesOfKind(index: GraphIndex, kind: NodeKind, { topLevelOnly = false } = {}): Node[] {
  return index.graph.nodes.filter((n) => n.kind === kind && (!topLevelOnly || !isSubTopic(index, n)));
}

/** Parts of a node (incoming part-of), for nesting lists. */
export function partsOf(index: GraphIndex, id: NodeId): Node[] {
  return (index.incoming.get(id) ?? [])
    .filter((e) => e.kind === 'part-of')
    .map((e) => index.node.get(e.source))
    .filter((n): n is Node => n !== undefined);
}

export interface ChallengesByLevel {
  level: Level;
  node: Node | undefined;
  challenges: Node[];
}

export function challengesByLevel(index: GraphIndex): ChallengesByLevel[] {
  const top = nodesOfKind(index, 'challenge', { topLevelOnly: true });
  return LEVELS.map((level) => ({
    level,
    node: index.node.get(level),
    challenges: top.filter((c) => c.level === level),
  }));
}

/** The ideas of the paper's §3 on mediation: the relations and the concepts that explain. */
export function mediationNodes(index: GraphIndex): Node[] {
  const relations = nodesOfKind(index, 'relation', { topLevelOnly: true });
  const concepts = index.graph.nodes.filter(
    (n) =>
      n.kind === 'concept' &&
      n.citations.some((c) => c.section === '3') &&
      (index.outgoing.get(n.id) ?? []).some((e) => e.kind === 'explains'),
  );
  return [...relations, ...concepts];
}

/** Orders reference markers: [1] … [29], then ① … ⑤. */
export function markerOrder(marker: string): number {
  const n = /^\[(\d+)\]$/.exec(marker);
  if (n?.[1] !== undefined) return Number(n[1]);
  return 100 + '①②③④⑤'.indexOf(marker);
}

export interface SourceEntry {
  node: Node;
  citedBy: Node[];
}

export function sourceEntries(index: GraphIndex): SourceEntry[] {
  return nodesOfKind(index, 'source')
    .map((node) => ({
      node,
      citedBy: (index.outgoing.get(node.id) ?? [])
        .filter((e) => e.kind === 'cited-for')
        .map((e) => index.node.get(e.target))
        .filter((n): n is Node => n !== undefined),
    }))
    .sort((a, b) => markerOrder(a.node.reference?.marker ?? '') - markerOrder(b.node.reference?.marker ?? ''));
}

/** The anchor of a cited work on the sources page, from its marker: `[11]` → `ref-11`, `③` → `fn-3`. */
export function markerAnchor(marker: string): string {
  const n = /^\[(\d+)\]$/.exec(marker);
  if (n?.[1] !== undefined) return `ref-${n[1]}`;
  return `fn-${'①②③④⑤'.indexOf(marker) + 1}`;
}

export interface MatrixColumn {
  node: Node;
  scope: 'upstream' | 'downstream' | 'macro' | 'micro';
  limitations: Relation[];
}

export interface MatrixRow {
  node: Node;
  /** Depth under its top-level challenge (sub-challenges are indented). */
  depth: number;
  /** Measure id → the edge by which it addresses this challenge. */
  cells: Map<string, Edge>;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: { level: Level; levelNode: Node | undefined; rows: MatrixRow[] }[];
  /** Challenges the paper places at no level (a `noLevel` note), with their parts, after the levels. */
  unplaced: MatrixRow[];
  /** Challenges no measure addresses. */
  gaps: Node[];
}

const SCOPE_ORDER = ['upstream', 'downstream', 'macro', 'micro'] as const;

/**
 * The limitations of a measure: its own, and those the paper finds in the broader measures
 * it is part of (a limit of "governance technology" applies to data cleaning too).
 */
export function limitationsOf(index: GraphIndex, id: NodeId, seen = new Set<string>()): Relation[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const out = index.outgoing.get(id) ?? [];
  const own = out
    .filter((e) => e.kind === 'limited-by')
    .map((e) => ({ edge: e, other: index.node.get(e.target) }))
    .filter((r): r is Relation => r.other !== undefined);
  const inherited = out
    .filter((e) => e.kind === 'part-of' && index.node.get(e.target)?.kind === 'governance')
    .flatMap((e) => limitationsOf(index, e.target, seen));
  const unique = new Map([...own, ...inherited].map((r) => [r.other.id, r]));
  return [...unique.values()];
}

const matrices = new WeakMap<GraphIndex, Matrix>();

/** Challenges × governance measures: which measure addresses which challenge, and the gaps. Computed once per graph. */
export function policyMatrix(index: GraphIndex): Matrix {
  const cached = matrices.get(index);
  if (cached) return cached;
  const matrix = computeMatrix(index);
  matrices.set(index, matrix);
  return matrix;
}

function computeMatrix(index: GraphIndex): Matrix {
  const columns: MatrixColumn[] = SCOPE_ORDER.flatMap((scope) =>
    index.graph.nodes
      .filter((n) => n.kind === 'governance' && n.scope === scope)
      .map((node) => ({
        node,
        scope,
        limitations: limitationsOf(index, node.id),
      })),
  );
  const measureIds = new Set(columns.map((c) => c.node.id));
  const rowOf = (node: Node, depth: number): MatrixRow => {
    const cells = new Map<string, Edge>();
    for (const e of index.incoming.get(node.id) ?? [])
      if (e.kind === 'addresses' && measureIds.has(e.source)) cells.set(e.source, e);
    return { node, depth, cells };
  };
  const withParts = (c: Node) => [
    rowOf(c, 0),
    ...partsOf(index, c.id)
      .filter((p) => p.kind === 'challenge')
      .map((p) => rowOf(p, 1)),
  ];
  const rows = challengesByLevel(index).map(({ level, node: levelNode, challenges }) => ({
    level,
    levelNode,
    rows: challenges.flatMap(withParts),
  }));
  const unplaced = nodesOfKind(index, 'challenge', { topLevelOnly: true })
    .filter((c) => c.level === undefined)
    .flatMap(withParts);
  // A top-level challenge is a gap when no measure addresses it or any of its parts.
  const all = [...rows.flatMap((g) => g.rows), ...unplaced];
  const addressed = new Set(all.filter((r) => r.cells.size > 0).map((r) => r.node.id));
  const gaps = all
    .filter(
      (r) => r.depth === 0 && !addressed.has(r.node.id) && partsOf(index, r.node.id).every((p) => !addressed.has(p.id)),
    )
    .map((r) => r.node);
  return { columns, rows, unplaced, gaps };
}

/**
 * The measures whose trade-off card concerns a node: a measure itself (if it is a matrix
 * column), or, for a limitation, every matrix measure it limits (directly or through a
 * broader measure).
 */
export function tradeoffMeasures(index: GraphIndex, node: Node): Node[] {
  const columns = policyMatrix(index).columns;
  if (node.kind === 'governance') return columns.some((c) => c.node.id === node.id) ? [node] : [];
  if (node.kind === 'limitation')
    return columns.filter((c) => c.limitations.some((l) => l.other.id === node.id)).map((c) => c.node);
  return [];
}
