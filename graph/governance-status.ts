/**
 * A challenge's governance status: the measures that reach it (with the stance of each
 * link), what limits each measure — its own limitations and those the paper finds in the
 * broader measures it belongs to — and the recommendations that answer those limitations;
 * or, when no measure reaches it, that it is a gap. Shown on every challenge's page and
 * composed into briefs, so both say the same.
 */
import { broaderChallenges, reachesOf, type Reach } from './coverage';
import type { GraphLookup } from './lookup';
import type { Edge, Node, NodeId } from './schema';

/** A node at the other end of an edge. */
export interface Link {
  node: Node;
  edge: Edge;
}

export interface LimitationStatus {
  limitation: Node;
  /** The `limited-by` edge: from the measure itself, or from `inheritedFrom`. */
  edge: Edge;
  /** The broader measure the paper finds this limitation in, when it is not the measure itself. */
  inheritedFrom?: Node;
  /** The recommendations that respond to this limitation (`responds-to`), in the data's order. */
  responses: Link[];
}

export interface MeasureStatus extends Reach {
  limitations: LimitationStatus[];
}

/** A recommendation the paper aims at the challenge (or at a broader one it is part of). */
export interface Proposal {
  recommendation: Node;
  edge: Edge;
  via?: Node;
}

export interface GovernanceStatus {
  challenge: Node;
  /** The broader challenges it is part of, nearest first. */
  broader: Node[];
  /** No measure reaches it. */
  gap: boolean;
  measures: MeasureStatus[];
  proposals: Proposal[];
}

const targets = (g: GraphLookup, edges: readonly Edge[]): Link[] =>
  edges.flatMap((edge) => {
    const node = g.node.get(edge.target);
    return node ? [{ node, edge }] : [];
  });

const sources = (g: GraphLookup, edges: readonly Edge[]): Link[] =>
  edges.flatMap((edge) => {
    const node = g.node.get(edge.source);
    return node ? [{ node, edge }] : [];
  });

/** The recommendations that respond to a limitation. */
export function responsesTo(g: GraphLookup, limitation: NodeId): Link[] {
  return sources(
    g,
    (g.incoming.get(limitation) ?? []).filter((e) => e.kind === 'responds-to'),
  ).filter((l) => l.node.kind === 'recommendation');
}

/** The broader governance nodes a measure is part of, nearest first. */
function broaderMeasures(g: GraphLookup, id: NodeId): Node[] {
  const out: Node[] = [];
  const seen = new Set<string>([id]);
  let at: string[] = [id];
  while (at.length > 0) {
    const next = at.flatMap((x) =>
      targets(
        g,
        (g.outgoing.get(x) ?? []).filter((e) => e.kind === 'part-of'),
      )
        .map((l) => l.node)
        .filter((n) => n.kind === 'governance' && !seen.has(n.id)),
    );
    for (const n of next) seen.add(n.id);
    out.push(...next);
    at = next.map((n) => n.id);
  }
  return out;
}

/**
 * A measure's limitations: its own first, then those of the broader measures it is part of
 * (a limit the paper finds in "governance technology" holds for data cleaning too), each
 * limitation once, from the nearest measure that has it.
 */
export function measureLimitations(g: GraphLookup, measure: NodeId): LimitationStatus[] {
  const self = g.node.get(measure);
  if (!self) return [];
  const found = new Map<string, LimitationStatus>();
  for (const holder of [self, ...broaderMeasures(g, measure)])
    for (const { node, edge } of targets(
      g,
      (g.outgoing.get(holder.id) ?? []).filter((e) => e.kind === 'limited-by'),
    ))
      if (node.kind === 'limitation' && !found.has(node.id))
        found.set(node.id, {
          limitation: node,
          edge,
          ...(holder.id === self.id ? {} : { inheritedFrom: holder }),
          responses: responsesTo(g, node.id),
        });
  return [...found.values()];
}

/** The recommendations aimed at a challenge, directly or through a broader challenge. */
export function proposalsFor(g: GraphLookup, challenge: NodeId): Proposal[] {
  const found = new Map<string, Proposal>();
  const add = (at: NodeId, via?: Node) => {
    for (const { node, edge } of sources(
      g,
      (g.incoming.get(at) ?? []).filter((e) => e.kind === 'addresses'),
    ))
      if (node.kind === 'recommendation' && !found.has(node.id))
        found.set(node.id, { recommendation: node, edge, ...(via ? { via } : {}) });
  };
  add(challenge);
  for (const b of broaderChallenges(g, challenge)) add(b.id, b);
  return [...found.values()];
}

export function governanceStatus(g: GraphLookup, challenge: Node): GovernanceStatus {
  const measures = reachesOf(g, challenge.id).map((r) => ({ ...r, limitations: measureLimitations(g, r.measure.id) }));
  return {
    challenge,
    broader: broaderChallenges(g, challenge.id),
    gap: measures.length === 0,
    measures,
    proposals: proposalsFor(g, challenge.id),
  };
}
