/**
 * Which measure reaches which challenge, and so which challenges are gaps: one definition
 * for the matrix, the measures table, every challenge's governance status and the brief.
 *
 * A measure is a governance node of one of the four families the paper names (upstream and
 * downstream technology, macro and micro mechanisms). A measure reaches a challenge when
 * it addresses it, or addresses a broader challenge that the challenge is `part-of` (a
 * measure against bias reaches systemic bias "via Bias"). A challenge that no measure
 * reaches is a gap. Everything here is derived from the graph: no challenge is a gap or not
 * by name.
 */
import type { GraphLookup } from './lookup';
import { LEVELS } from './vocabulary';
import type { Edge, GovernanceScope, Level, Node, NodeId } from './schema';

export const MEASURE_FAMILIES = ['upstream', 'downstream', 'macro', 'micro'] as const;
export type MeasureFamily = (typeof MEASURE_FAMILIES)[number];

export const measureFamily = (scope: GovernanceScope | undefined): MeasureFamily | undefined =>
  MEASURE_FAMILIES.find((f) => f === scope);

/** Whether a node is a measure: a governance node of one of the four families. */
export const isMeasure = (node: Node): boolean => node.kind === 'governance' && measureFamily(node.scope) !== undefined;

/** Every measure, by family (upstream, downstream, macro, micro), then in the data's order. */
export function measuresOf(g: GraphLookup): Node[] {
  return MEASURE_FAMILIES.flatMap((family) =>
    g.graph.nodes.filter((n) => n.kind === 'governance' && n.scope === family),
  );
}

const isChallenge = (g: GraphLookup, id: string) => g.node.get(id)?.kind === 'challenge';

/** The broader challenges a challenge is part of, nearest first (its parent, then the parent's parent …). */
export function broaderChallenges(g: GraphLookup, id: NodeId): Node[] {
  const out: Node[] = [];
  const seen = new Set<string>([id]);
  let frontier: string[] = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const at of frontier)
      for (const e of g.outgoing.get(at) ?? [])
        if (e.kind === 'part-of' && isChallenge(g, e.target) && !seen.has(e.target)) {
          seen.add(e.target);
          const parent = g.node.get(e.target);
          if (parent) out.push(parent);
          next.push(e.target);
        }
    frontier = next;
  }
  return out;
}

/** The challenges that are part of a challenge (directly), in the data's order. */
export function narrowerChallenges(g: GraphLookup, id: NodeId): Node[] {
  return (g.incoming.get(id) ?? [])
    .filter((e) => e.kind === 'part-of')
    .map((e) => g.node.get(e.source))
    .filter((n): n is Node => n?.kind === 'challenge');
}

/** How a measure reaches a challenge. */
export interface Reach {
  measure: Node;
  /** The `addresses` edge, from the measure to the challenge itself or to `via`. */
  edge: Edge;
  /** The broader challenge the measure addresses, when it reaches this one through it. */
  via?: Node;
}

const addressesFromMeasures = (g: GraphLookup, id: string): Edge[] =>
  (g.incoming.get(id) ?? []).filter((e) => {
    const from = g.node.get(e.source);
    return e.kind === 'addresses' && from !== undefined && isMeasure(from);
  });

/**
 * The measures that reach a challenge, each once, in the order of `measuresOf`: by its own
 * `addresses` edge if it has one, else through the nearest broader challenge it addresses.
 */
export function reachesOf(g: GraphLookup, id: NodeId): Reach[] {
  const found = new Map<string, Reach>();
  for (const e of addressesFromMeasures(g, id)) {
    const measure = g.node.get(e.source);
    if (measure && !found.has(measure.id)) found.set(measure.id, { measure, edge: e });
  }
  for (const via of broaderChallenges(g, id))
    for (const e of addressesFromMeasures(g, via.id)) {
      const measure = g.node.get(e.source);
      if (measure && !found.has(measure.id)) found.set(measure.id, { measure, edge: e, via });
    }
  const order = new Map(measuresOf(g).map((m, i) => [m.id, i]));
  return [...found.values()].sort((a, b) => (order.get(a.measure.id) ?? 0) - (order.get(b.measure.id) ?? 0));
}

/** A gap: a challenge no measure reaches, neither directly nor through a broader challenge. */
export const isGap = (g: GraphLookup, id: NodeId): boolean => reachesOf(g, id).length === 0;

/** One challenge in reading order, with how deep it sits under a top-level challenge. */
export interface OrderedChallenge {
  node: Node;
  depth: number;
}

export interface ChallengeGroup {
  /** `undefined`: challenges the paper gives no level. */
  level: Level | undefined;
  challenges: OrderedChallenge[];
}

/**
 * Every challenge in the order the matrix and the brief read them: by level (algorithm,
 * data, compute, then any the paper gives no level), each top-level challenge followed by
 * the challenges that are part of it. Groups with no challenge are left out.
 */
export function challengeGroups(g: GraphLookup): ChallengeGroup[] {
  const challenges = g.graph.nodes.filter((n) => n.kind === 'challenge');
  const top = challenges.filter((c) => broaderChallenges(g, c.id).length === 0);
  const placed = new Set<string>();
  const walk = (node: Node, depth: number): OrderedChallenge[] => {
    if (placed.has(node.id)) return [];
    placed.add(node.id);
    return [{ node, depth }, ...narrowerChallenges(g, node.id).flatMap((n) => walk(n, depth + 1))];
  };
  const levels: (Level | undefined)[] = [...LEVELS, undefined];
  return levels
    .map((level) => ({ level, challenges: top.filter((c) => c.level === level).flatMap((c) => walk(c, 0)) }))
    .filter((group) => group.challenges.length > 0);
}

/** Every challenge, in reading order. */
export const orderedChallenges = (g: GraphLookup): Node[] =>
  challengeGroups(g).flatMap((group) => group.challenges.map((c) => c.node));

/** Every gap, in reading order. */
export const gapsOf = (g: GraphLookup): Node[] => orderedChallenges(g).filter((c) => isGap(g, c.id));
