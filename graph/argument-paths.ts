/**
 * The path finder's answer to "how does the paper lead from A to B?".
 *
 * A *chain* follows the argument: every link is read in the direction the paper's
 * argument runs through it — a trait gives rise to a challenge, the challenge is
 * addressed by a measure, the measure is limited by a limitation, the limitation is
 * answered by a recommendation — and it passes through no structural hub (a level node,
 * a `part-of` grouping, a cited work) unless the reader includes them. Up to three chains
 * are returned, shortest first (a hop through an editorial link costs a hair more, so
 * among chains of one length those the paper states come first).
 *
 * When the paper draws no chain from A to B, the answer is a *connection*: the shortest
 * way between them along links in either direction, each link read with the verb for
 * the way it is walked ("Reliability also arises from Bias"). It is labelled as such
 * and never passed off as a chain.
 *
 * The searches are cytoscape's A* (run headless) over a graph of *walks*: one directed
 * edge for each way a link may be read, so A*'s own `directed` mode enforces the
 * argument's direction; further chains come from Yen's k-shortest-paths method, which
 * reruns A* with parts of the earlier chains taken out.
 */
import cytoscape, { type Collection, type EdgeCollection } from 'cytoscape';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { EDGE_KINDS } from './vocabulary';
import type { EdgeKind, NodeKind } from './schema';

/**
 * How the argument runs through each kind of link:
 * - `forward`: from source to target ("Emergence gives rise to Uncertainty");
 * - `backward`: from target to source, read with the reverse verb — a measure *addresses*
 *   a challenge, so the argument runs challenge → measure ("is addressed by"); a
 *   recommendation *responds to* a limitation, so limitation → recommendation ("is
 *   answered by"); the paper *replaces* human–technology–world by human–model(data)–world,
 *   so the argument runs from the old relation to the new one;
 * - `both`: an undirected link (a trade-off reads the same from either end);
 * - `structural`: membership, not argument — a challenge's level, a sub-topic's grouping,
 *   a cited work. Chains avoid them unless hubs are included; then they may be walked
 *   either way, since a hub is a crossing point.
 * An idea *shows up as* another (the transparency problem as the interpretability problem):
 *   forward, from the general idea to the concrete form it takes.
 * A case *illustrates* an idea: forward only, so a case can start a chain but a chain
 * never hops through one (that would read "… is illustrated by a case, which illustrates …").
 */
export const ARGUMENT_WALK: Record<EdgeKind, 'forward' | 'backward' | 'both' | 'structural'> = {
  'gives-rise-to': 'forward',
  amplifies: 'forward',
  explains: 'forward',
  illustrates: 'forward',
  'limited-by': 'forward',
  requires: 'forward',
  'manifests-as': 'forward',
  addresses: 'backward',
  'responds-to': 'backward',
  reframes: 'backward',
  'trades-off-with': 'both',
  'arises-at': 'structural',
  'part-of': 'structural',
  'cited-for': 'structural',
};

/** Node kinds that are hubs themselves: a chain without hubs never passes through one. */
export const HUB_KINDS: readonly NodeKind[] = ['level', 'source'];

/** How many chains are shown at most. */
export const MAX_CHAINS = 3;

export interface PathStep {
  edge: ExplorerEdge;
  /** Walked from the edge's source to its target (read with the forward verb), or against it. */
  forward: boolean;
  /** Walked the way the paper's argument runs through this kind of link. */
  along: boolean;
  from: ExplorerNode;
  to: ExplorerNode;
}

export type PathFinding =
  /** Up to three chains, shortest first; each has at least one step. */
  | { kind: 'chains'; chains: PathStep[][] }
  /**
   * The paper draws no chain from `from` to `to`; this is how they are connected.
   * `throughHubs`: no connection avoids the structural hubs, so this one passes through
   * one although the reader did not include them. `reverse`: the paper does draw a chain
   * the other way, from `to` to `from`.
   */
  | { kind: 'connection'; steps: PathStep[]; throughHubs: boolean; reverse: boolean }
  /** `same`: from and to are one idea; `unconnected`: nothing joins them. */
  | { kind: 'none'; reason: 'same' | 'unconnected' }
  /** The filters hide these ends (or they name no idea). */
  | { kind: 'none'; reason: 'hidden'; ends: string[] };

export interface PathOptions {
  /** Let chains pass through levels, groupings and cited works. */
  hubs: boolean;
  /**
   * Only these nodes and edges may be used (the explorer's filters); everything when
   * absent. Never changed once passed: work done for it is kept with the object.
   */
  visible?: { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> };
}

/** A link read one way. */
interface Walk {
  edge: ExplorerEdge;
  forward: boolean;
  along: boolean;
  structural: boolean;
}

/** A hop through an editorial link, or against the argument, costs this much more than a plain one. */
const INFERRED_COST = 0.001;
const AGAINST_COST = 0.01;
const costOf = (w: Walk) => 1 + (w.edge.stance === 'inferred' ? INFERRED_COST : 0) + (w.along ? 0 : AGAINST_COST);
const kindRank = (k: EdgeKind) => EDGE_KINDS.indexOf(k);

function walksOf(edge: ExplorerEdge): Walk[] {
  const way = ARGUMENT_WALK[edge.kind];
  const structural = way === 'structural';
  // A structural link reads "along" from the member to its hub ("is part of", "arises at"),
  // so that a connection says "also" when it turns back ("… which also includes …").
  return [
    { edge, forward: true, along: way !== 'backward', structural },
    { edge, forward: false, along: way === 'backward' || way === 'both', structural },
  ];
}

/** Which walks a search may take. */
type WalkFilter = (w: Walk) => boolean;

/**
 * Every link of a graph read both ways, as the edges of one headless cytoscape graph,
 * built once per graph (building a cytoscape graph costs far more than searching one).
 */
interface WalkIndex {
  cy: cytoscape.Core;
  walks: Map<string, Walk>;
  nodeById: Map<string, ExplorerNode>;
}
const indexes = new WeakMap<ExplorerGraph, WalkIndex>();
const walkId = (w: Walk) => `${w.edge.id}${w.forward ? '>' : '<'}`;

function walkIndex(graph: ExplorerGraph): WalkIndex {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const nodeById = new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n]));
  const walks = new Map<string, Walk>();
  for (const edge of graph.edges)
    if (edge.source !== edge.target && nodeById.has(edge.source) && nodeById.has(edge.target))
      for (const w of walksOf(edge)) walks.set(walkId(w), w);
  // Elements in id order: A* breaks ties by the order it meets them, so the answer does
  // not depend on the order of the data files.
  const byId = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...[...nodeById].sort(byId).map(([id]) => ({ group: 'nodes' as const, data: { id } })),
      ...[...walks].sort(byId).map(([id, w]) => ({
        group: 'edges' as const,
        data: {
          id,
          source: w.forward ? w.edge.source : w.edge.target,
          target: w.forward ? w.edge.target : w.edge.source,
        },
      })),
    ],
  });
  const index = { cy, walks, nodeById };
  indexes.set(graph, index);
  return index;
}

function better(a: Walk, b: Walk): boolean {
  const d = costOf(a) - costOf(b);
  if (d !== 0) return d < 0;
  const k = kindRank(a.edge.kind) - kindRank(b.edge.kind);
  if (k !== 0) return k < 0;
  return a.edge.id < b.edge.id;
}

/** Chains walk along the argument; connections any way. Either passes through hubs only when allowed. */
type Mode = 'chain' | 'connection';
function allowed(mode: Mode, hubs: boolean): WalkFilter {
  if (mode === 'chain') return (w) => (w.structural ? hubs : w.along);
  return (w) => hubs || !w.structural;
}

/**
 * The parts of the walk graph searched so far, per set of visible elements (the explorer
 * passes the same object for the same filters): building one costs more than a search.
 */
const scopes = new WeakMap<WalkIndex, WeakMap<object, Map<string, Collection>>>();

/**
 * The part of the walk graph a search may use: the visible nodes (hubs only as an end,
 * unless included) and, for each ordered pair of them, the best allowed walk — so two
 * parallel links ("gives rise to" and "amplifies" between the same ideas) make one hop,
 * not two look-alike chains.
 */
function searchable(
  index: WalkIndex,
  mode: Mode,
  hubs: boolean,
  options: PathOptions,
  ends: readonly string[],
): Collection {
  // An end that is a hub is let in for this search only, so such a search is not kept.
  const hubEnds = hubs ? [] : ends.filter((id) => HUB_KINDS.includes(index.nodeById.get(id)?.kind ?? 'concept'));
  const scope = options.visible ?? index;
  let byScope = scopes.get(index);
  if (!byScope) {
    byScope = new WeakMap<object, Map<string, Collection>>();
    scopes.set(index, byScope);
  }
  let kept = byScope.get(scope);
  if (!kept) {
    kept = new Map<string, Collection>();
    byScope.set(scope, kept);
  }
  const key = `${mode} ${hubs} ${hubEnds.join(' ')}`;
  const known = kept.get(key);
  if (known) return known;

  const allow = allowed(mode, hubs);
  const usable = (id: string) => {
    const n = index.nodeById.get(id);
    if (!n || (options.visible && !options.visible.nodeIds.has(id))) return false;
    return hubs || !HUB_KINDS.includes(n.kind) || hubEnds.includes(id);
  };
  const best = new Map<string, [string, Walk]>();
  for (const [id, w] of index.walks) {
    if (!allow(w) || (options.visible && !options.visible.edgeIds.has(w.edge.id))) continue;
    const [a, b] = w.forward ? [w.edge.source, w.edge.target] : [w.edge.target, w.edge.source];
    if (!usable(a) || !usable(b)) continue;
    const pair = `${a} ${b}`;
    const prev = best.get(pair);
    if (!prev || better(w, prev[1])) best.set(pair, [id, w]);
  }
  const keep = new Set([...best.values()].map(([id]) => id));
  const eles = index.cy.elements().filter((el) => (el.isNode() ? usable(el.id()) : keep.has(el.id())));
  if (hubEnds.length === 0) kept.set(key, eles);
  return eles;
}

interface Found {
  /** Walk ids, in order. */
  hops: string[];
  nodes: string[];
  cost: number;
}

/**
 * A* over `eles` (directed, so every hop is an allowed walk), never through the nodes or
 * walks in `removed`: those weigh Infinity, which keeps the search on one collection.
 */
function search(
  index: WalkIndex,
  eles: Collection,
  from: string,
  to: string,
  removed: ReadonlySet<string> = new Set(),
): Found | undefined {
  const root = eles.getElementById(from);
  const goal = eles.getElementById(to);
  if (root.empty() || goal.empty()) return undefined;
  // cytoscape passes each edge as a collection of one.
  const weight = (e: EdgeCollection) => {
    const id = e.first().id();
    const w = index.walks.get(id);
    if (!w || removed.has(id) || removed.has(w.forward ? w.edge.target : w.edge.source)) return Infinity;
    return costOf(w);
  };
  const r = eles.aStar({ root, goal, directed: true, weight });
  if (!r.found || r.distance === undefined || !Number.isFinite(r.distance)) return undefined;
  return { hops: r.path.edges().map((e) => e.id()), nodes: r.path.nodes().map((n) => n.id()), cost: r.distance };
}

const costOfHops = (index: WalkIndex, hops: readonly string[]) =>
  hops.reduce((sum, h) => {
    const w = index.walks.get(h);
    return sum + (w ? costOf(w) : Infinity);
  }, 0);

/**
 * Yen's k shortest simple paths, with A* for every spur: the shortest first, then each
 * next one found by leaving an earlier one at some node and reaching the goal another way.
 */
function kShortest(index: WalkIndex, eles: Collection, from: string, to: string, k: number): Found[] {
  const first = search(index, eles, from, to);
  if (!first) return [];
  const found: Found[] = [first];
  const candidates: Found[] = [];
  const key = (f: Found) => f.hops.join(' ');
  for (let last = first; found.length < k;) {
    for (let i = 0; i < last.hops.length; i++) {
      const spur = last.nodes[i];
      if (spur === undefined) continue;
      const rootHops = last.hops.slice(0, i);
      const rootKey = rootHops.join(' ');
      // Leave out the next hop of every earlier path with this root, and the root's nodes.
      const removed = new Set<string>(last.nodes.slice(0, i));
      for (const p of found) {
        const hop = p.hops[i];
        if (hop !== undefined && p.hops.slice(0, i).join(' ') === rootKey) removed.add(hop);
      }
      const spurPath = search(index, eles, spur, to, removed);
      if (!spurPath) continue;
      const hops = [...rootHops, ...spurPath.hops];
      const candidate = { hops, nodes: [...last.nodes.slice(0, i), ...spurPath.nodes], cost: costOfHops(index, hops) };
      const ck = key(candidate);
      if (!found.some((f) => key(f) === ck) && !candidates.some((c) => key(c) === ck)) candidates.push(candidate);
    }
    // Cheapest first; equal costs in a fixed order, so the answer is the same every time.
    candidates.sort((a, b) => a.cost - b.cost || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const next = candidates.shift();
    if (!next) break;
    found.push(next);
    last = next;
  }
  return found;
}

function stepsOf(index: WalkIndex, f: Found): PathStep[] {
  const steps: PathStep[] = [];
  f.hops.forEach((hop, i) => {
    const w = index.walks.get(hop);
    const a = index.nodeById.get(f.nodes[i] ?? '');
    const b = index.nodeById.get(f.nodes[i + 1] ?? '');
    if (w && a && b) steps.push({ edge: w.edge, forward: w.forward, along: w.along, from: a, to: b });
  });
  return steps;
}

/** The argument chains from `from` to `to`, or how they are connected when the paper draws none. */
export function findArgumentPaths(graph: ExplorerGraph, from: string, to: string, options: PathOptions): PathFinding {
  const index = walkIndex(graph);
  const shown = (id: string) => index.nodeById.has(id) && (!options.visible || options.visible.nodeIds.has(id));
  const hidden = [from, to].filter((id, i) => !shown(id) && (i === 0 || id !== from));
  if (hidden.length > 0) return { kind: 'none', reason: 'hidden', ends: hidden };
  if (from === to) return { kind: 'none', reason: 'same' };
  const ends = [from, to];

  const chainEles = searchable(index, 'chain', options.hubs, options, ends);
  const found = kShortest(index, chainEles, from, to, MAX_CHAINS);
  if (found.length > 0) return { kind: 'chains', chains: found.map((f) => stepsOf(index, f)) };

  const reverse = search(index, chainEles, to, from) !== undefined;
  // A connection avoids the hubs too when it can; when it cannot, it says it passes through one.
  for (const hubs of options.hubs ? [true] : [false, true]) {
    const c = search(index, searchable(index, 'connection', hubs, options, ends), from, to);
    if (c) return { kind: 'connection', steps: stepsOf(index, c), throughHubs: hubs && !options.hubs, reverse };
  }
  return { kind: 'none', reason: 'unconnected' };
}

/** The nodes and links a finding draws, for highlighting on the canvas. */
export function pathElements(finding: PathFinding | undefined): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const steps =
    finding?.kind === 'chains' ? finding.chains.flat() : finding?.kind === 'connection' ? finding.steps : [];
  return {
    nodeIds: new Set(steps.flatMap((s) => [s.from.id, s.to.id])),
    edgeIds: new Set(steps.map((s) => s.edge.id)),
  };
}
