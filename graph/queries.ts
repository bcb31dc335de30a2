/**
 * Pure questions asked of the validated graph. No React and no Next here: pages, data
 * exports and tests all call the same functions.
 */
import {
  broaderChallenges,
  challengeGroups,
  measureFamily,
  measuresOf,
  reachesOf,
  type MeasureFamily,
  type Reach,
} from './coverage';
import { measureLimitations, type LimitationStatus } from './governance-status';
import { EDGE_RULES } from './kinds';
import type { GraphIndex } from './load';
import type { GraphLookup } from './lookup';
import { markerOrder } from './markers';
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

export { markerAnchor, markerOrder } from './markers';

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

export interface MatrixColumn {
  node: Node;
  scope: MeasureFamily;
  limitations: Relation[];
  /** The same limitations, each with the broader measure it is inherited from and the recommendations that answer it. */
  limitationDetails: LimitationStatus[];
}

export interface MatrixRow {
  node: Node;
  /** Depth under its top-level challenge (sub-challenges are indented). */
  depth: number;
  /** Measure id → the edge by which it addresses this challenge itself. */
  cells: Map<string, Edge>;
  /** Measure id → how it reaches this challenge: by `cells`, or through a broader challenge. */
  reaches: Map<string, Reach>;
  /** The broader challenges this one is part of, nearest first. */
  broader: Node[];
  /** No measure reaches it (coverage.ts: the one definition of a gap). */
  gap: boolean;
}

export interface MatrixGroup {
  /** `undefined` for challenges the paper gives no level. */
  level: Level | undefined;
  levelNode: Node | undefined;
  rows: MatrixRow[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixGroup[];
  /** Challenges no measure reaches, at any depth, in reading order. */
  gaps: Node[];
}

/**
 * The limitations of a measure: its own, and those the paper finds in the broader measures
 * it is part of (a limit of "governance technology" applies to data cleaning too).
 */
export function limitationsOf(index: GraphLookup, id: NodeId): Relation[] {
  return measureLimitations(index, id).map((l) => ({ edge: l.edge, other: l.limitation }));
}

const matrices = new WeakMap<GraphLookup, Matrix>();

/** Challenges × governance measures: which measure reaches which challenge, and the gaps. Computed once per graph. */
export function policyMatrix(index: GraphLookup): Matrix {
  const cached = matrices.get(index);
  if (cached) return cached;
  const matrix = computeMatrix(index);
  matrices.set(index, matrix);
  return matrix;
}

function computeMatrix(index: GraphLookup): Matrix {
  const columns: MatrixColumn[] = measuresOf(index).flatMap((node) => {
    const scope = measureFamily(node.scope);
    const limitationDetails = measureLimitations(index, node.id);
    const limitations = limitationDetails.map((l) => ({ edge: l.edge, other: l.limitation }));
    return scope ? [{ node, scope, limitations, limitationDetails }] : [];
  });
  const rowOf = (node: Node, depth: number): MatrixRow => {
    const reaches = new Map(reachesOf(index, node.id).map((r) => [r.measure.id, r]));
    const cells = new Map([...reaches].filter(([, r]) => r.via === undefined).map(([id, r]) => [id, r.edge]));
    return { node, depth, cells, reaches, broader: broaderChallenges(index, node.id), gap: reaches.size === 0 };
  };
  const rows = challengeGroups(index).map(({ level, challenges }) => ({
    level,
    levelNode: level ? index.node.get(level) : undefined,
    rows: challenges.map((c) => rowOf(c.node, c.depth)),
  }));
  const gaps = rows.flatMap((g) => g.rows.filter((r) => r.gap).map((r) => r.node));
  return { columns, rows, gaps };
}

/** What a measure's trade-off card shows: the challenges it addresses, and what limits it. */
export interface Tradeoff {
  measure: Node;
  /** The challenges the measure addresses (its own `addresses` edges), in reading order. */
  gains: Relation[];
  costs: Relation[];
}

/** A trade-off card for every measure, in the matrix's column order. */
export function tradeoffs(index: GraphLookup): Tradeoff[] {
  const m = policyMatrix(index);
  return m.columns.map((c) => ({
    measure: c.node,
    gains: m.rows.flatMap((g) =>
      g.rows.flatMap((r) => {
        const edge = r.cells.get(c.node.id);
        return edge ? [{ edge, other: r.node }] : [];
      }),
    ),
    costs: c.limitations,
  }));
}

/**
 * The measures whose trade-off card concerns a node: a measure itself (if it is a matrix
 * column), or, for a limitation, every matrix measure it limits (directly or through a
 * broader measure).
 */
export function tradeoffMeasures(index: GraphLookup, node: Node): Node[] {
  const columns = policyMatrix(index).columns;
  if (node.kind === 'governance') return columns.some((c) => c.node.id === node.id) ? [node] : [];
  if (node.kind === 'limitation')
    return columns.filter((c) => c.limitations.some((l) => l.other.id === node.id)).map((c) => c.node);
  return [];
}
