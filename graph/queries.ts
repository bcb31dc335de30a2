/**
 * Pure questions asked of the validated graph. No React and no Next here: pages, data
 * exports and tests all call the same functions.
 */
import { EDGE_RULES } from './kinds';
import type { GraphIndex } from './load';
import { EDGE_KINDS, LEVELS, type Edge, type EdgeKind, type Level, type Node, type NodeKind } from './schema';

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
export function relationGroups(index: GraphIndex, id: string): RelationGroup[] {
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
export function partsOf(index: GraphIndex, id: string): Node[] {
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
