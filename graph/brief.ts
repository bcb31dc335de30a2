/**
 * A policy brief as data: for the challenges a reader chose (and any measures they chose),
 * what the paper says each challenge is, where it arises and from which trait, the
 * measures that reach it with the stance of each link, what limits those measures and
 * what the paper recommends in response, the gaps, and the references the brief relies
 * on. Pure: the page, the Markdown and the Word document are all made from this model,
 * so they say the same thing; every claim in it is an edge or a node of the graph, with
 * its stance and the paper's words.
 */
import { broaderChallenges, measureFamily, measuresOf, orderedChallenges, type MeasureFamily } from './coverage';
import {
  governanceStatus,
  measureLimitations,
  type GovernanceStatus,
  type LimitationStatus,
  type Link,
} from './governance-status';
import { lookupOf, type GraphLookup } from './lookup';
import { markerOrder } from './markers';
import {
  SECTIONS,
  type Citation,
  type Edge,
  type EdgeKind,
  type Node,
  type NodeId,
  type NodeKind,
  type Section,
} from './schema';

export interface BriefSelection {
  challenges: readonly NodeId[];
  /** Measures the reader wants described even if they reach none of the chosen challenges. */
  measures: readonly NodeId[];
}

/** The citation a brief shows for a node or an edge: its first, the one its page shows first. */
export const quoteOf = (x: Node | Edge): Citation | undefined => x.citations[0];

/** A trait the paper links to a challenge. */
export interface Origin {
  trait: Node;
  /** The edge from the trait, into the challenge (or `via`), or into `through`'s concept. */
  edge: Edge;
  /** The concept between the trait and the challenge, with its edge into the challenge. */
  through?: Link;
  /** The broader challenge the trait is linked to, when this challenge has no link of its own. */
  via?: Node;
}

/** Where a challenge arises: its `arises-at` edge, or its broader challenge's. */
export interface Placement {
  level: Node;
  edge: Edge;
  via?: Node;
}

export interface ChallengeBrief {
  challenge: Node;
  /** Undefined when the paper gives the challenge (and its broader challenges) no level. */
  placement: Placement | undefined;
  origins: Origin[];
  status: GovernanceStatus;
}

export interface MeasureBrief {
  measure: Node;
  family: MeasureFamily;
  /** The challenges it addresses itself, in reading order. */
  addresses: Link[];
  limitations: LimitationStatus[];
  /** The reader chose it (rather than its reaching a chosen challenge). */
  chosen: boolean;
}

export interface BriefReferences {
  /** The paper's sections the brief quotes, in the paper's order. */
  sections: Section[];
  /** The cited works (source nodes) whose markers the brief's quotations carry, in marker order. */
  works: Node[];
}

export interface BriefModel {
  challenges: ChallengeBrief[];
  /** Every measure that reaches a chosen challenge, and every chosen measure, once each, in matrix order. */
  measures: MeasureBrief[];
  /** The chosen challenges no measure reaches. */
  gaps: Node[];
  references: BriefReferences;
}

const ORIGIN_EDGES: readonly EdgeKind[] = ['gives-rise-to', 'amplifies'];

const into = (g: GraphLookup, id: string, kinds: readonly EdgeKind[], from: NodeKind): Link[] =>
  (g.incoming.get(id) ?? []).flatMap((edge) => {
    const node = g.node.get(edge.source);
    return kinds.includes(edge.kind) && node?.kind === from ? [{ node, edge }] : [];
  });

/** The traits linked to a challenge: directly; else through one concept; else those of its nearest broader challenge. */
export function originsOf(g: GraphLookup, challenge: NodeId): Origin[] {
  const own = (id: NodeId): Origin[] => {
    const direct = into(g, id, ORIGIN_EDGES, 'trait').map(({ node, edge }) => ({ trait: node, edge }));
    if (direct.length > 0) return direct;
    return into(g, id, ORIGIN_EDGES, 'concept').flatMap((through) =>
      into(g, through.node.id, ORIGIN_EDGES, 'trait').map(({ node, edge }) => ({ trait: node, edge, through })),
    );
  };
  const mine = own(challenge);
  if (mine.length > 0) return mine;
  for (const via of broaderChallenges(g, challenge)) {
    const theirs = own(via.id);
    if (theirs.length > 0) return theirs.map((o) => ({ ...o, via }));
  }
  return [];
}

export function placementOf(g: GraphLookup, challenge: NodeId): Placement | undefined {
  const at = (id: NodeId) =>
    (g.outgoing.get(id) ?? []).flatMap((edge) => {
      const level = g.node.get(edge.target);
      return edge.kind === 'arises-at' && level?.kind === 'level' ? [{ level, edge }] : [];
    })[0];
  const own = at(challenge);
  if (own) return own;
  for (const via of broaderChallenges(g, challenge)) {
    const theirs = at(via.id);
    if (theirs) return { ...theirs, via };
  }
  return undefined;
}

function measureBrief(g: GraphLookup, measure: Node, chosen: boolean, family: MeasureFamily): MeasureBrief {
  const order = new Map(orderedChallenges(g).map((c, i) => [c.id, i]));
  const addresses = (g.outgoing.get(measure.id) ?? [])
    .flatMap((edge) => {
      const node = g.node.get(edge.target);
      return edge.kind === 'addresses' && node?.kind === 'challenge' ? [{ node, edge }] : [];
    })
    .sort((a, b) => (order.get(a.node.id) ?? 0) - (order.get(b.node.id) ?? 0));
  return { measure, family, addresses, limitations: measureLimitations(g, measure.id), chosen };
}

/** Every citation the brief shows, in the order a reader meets them. */
export function shownCitations(model: Omit<BriefModel, 'references'>): Citation[] {
  const of = (x: Node | Edge | undefined) => (x ? [quoteOf(x)] : []);
  return [
    ...model.challenges.flatMap((c) => [
      ...of(c.challenge),
      ...of(c.placement?.edge),
      ...c.origins.flatMap((o) => [...of(o.edge), ...of(o.through?.edge)]),
      ...c.status.measures.flatMap((m) => of(m.edge)),
      ...c.status.proposals.flatMap((p) => of(p.edge)),
    ]),
    ...model.measures.flatMap((m) => [
      ...of(m.measure),
      ...m.addresses.flatMap((a) => of(a.edge)),
      ...m.limitations.flatMap((l) => [...of(l.edge), ...l.responses.flatMap((r) => of(r.edge))]),
    ]),
  ].filter((c): c is Citation => c !== undefined);
}

function referencesOf(g: GraphLookup, citations: readonly Citation[]): BriefReferences {
  const sections = SECTIONS.filter((s) => citations.some((c) => c.section === s));
  const markers = new Set(citations.flatMap((c) => c.refs ?? []));
  const works = g.graph.nodes
    .filter((n) => n.kind === 'source' && n.reference && markers.has(n.reference.marker))
    .sort((a, b) => markerOrder(a.reference?.marker ?? '') - markerOrder(b.reference?.marker ?? ''));
  return { sections, works };
}

/** The brief for a selection. Ids that are not challenges or measures are left out (the address parser reports them). */
export function briefModel(g: GraphLookup, selection: BriefSelection): BriefModel {
  const wanted = new Set<string>(selection.challenges);
  const challenges = orderedChallenges(g)
    .filter((c) => wanted.has(c.id))
    .map((challenge) => ({
      challenge,
      placement: placementOf(g, challenge.id),
      origins: originsOf(g, challenge.id),
      status: governanceStatus(g, challenge),
    }));
  const reaching = new Set(challenges.flatMap((c) => c.status.measures.map((m) => m.measure.id)));
  const chosen = new Set<string>(selection.measures);
  const measures = measuresOf(g).flatMap((m) => {
    const family = measureFamily(m.scope);
    return family && (reaching.has(m.id) || chosen.has(m.id)) ? [measureBrief(g, m, chosen.has(m.id), family)] : [];
  });
  const partial = { challenges, measures, gaps: challenges.filter((c) => c.status.gap).map((c) => c.challenge) };
  return { ...partial, references: referencesOf(g, shownCitations(partial)) };
}

const SUBGRAPH_NODES: readonly NodeKind[] = [
  'challenge',
  'level',
  'trait',
  'governance',
  'limitation',
  'recommendation',
  'source',
];
const SUBGRAPH_EDGES: readonly EdgeKind[] = [
  'arises-at',
  'part-of',
  ...ORIGIN_EDGES,
  'addresses',
  'limited-by',
  'responds-to',
];

/**
 * The part of the graph a brief can draw on — what a page that composes briefs in the
 * browser carries — with the aliases (search words) left out. `briefModel` on it gives the
 * same brief as on the whole graph (a test holds it).
 */
export function briefSubgraph(g: GraphLookup): { nodes: Node[]; edges: Edge[] } {
  const kept = new Set(g.graph.nodes.filter((n) => SUBGRAPH_NODES.includes(n.kind)).map((n) => n.id));
  // Concepts between a trait and a challenge carry an origin "through" them.
  for (const c of g.graph.nodes.filter((n) => n.kind === 'challenge'))
    for (const { node } of into(g, c.id, ORIGIN_EDGES, 'concept'))
      if (into(g, node.id, ORIGIN_EDGES, 'trait').length > 0) kept.add(node.id);
  const nodes = g.graph.nodes.filter((n) => kept.has(n.id)).map(({ aliases: _aliases, ...rest }): Node => rest);
  const edges = g.graph.edges.filter(
    (e) => SUBGRAPH_EDGES.includes(e.kind) && kept.has(e.source) && kept.has(e.target),
  );
  return { nodes, edges };
}

/** The lookup a browser page builds from `briefSubgraph`'s output. */
export const briefLookup = (sub: { nodes: readonly Node[]; edges: readonly Edge[] }): GraphLookup =>
  lookupOf(sub.nodes, sub.edges);

/** What a reader can choose: every challenge in reading order, every measure in matrix order. */
export const briefChoices = (g: GraphLookup) => ({ challenges: orderedChallenges(g), measures: measuresOf(g) });
