/**
 * The pure core of the data pipeline: authored files in, a validated graph (or the list of
 * problems) out. No file system here, so tests feed it small fixtures directly.
 */
import cytoscape from 'cytoscape';
import { parseDocument } from 'yaml';
import { EDGE_RULES, edgeAllowed } from './kinds';
import { problemsFromZod, type Problem } from './problems';
import {
  DataFile,
  EdgeId,
  EdgeInput,
  LEVELS,
  NodeInput,
  type Citation,
  type Edge,
  type EdgeKind,
  type Graph,
  type Level,
  type Node,
  type NodeId,
} from './schema';

export interface SourceFile {
  /** Path relative to the project, used in messages. */
  path: string;
  text: string;
}

export interface BuildResult {
  graph: Graph;
  /** Which file each node and authored edge came from, for later messages. */
  fileOf: ReadonlyMap<string, string>;
  /**
   * Every node id the files define, including nodes rejected for a bad field. The checks
   * of explanations and tours take these, so one typo in a node is one problem, not one
   * for every edge, explanation and tour step that names the node.
   */
  knownIds: ReadonlySet<string>;
  problems: Problem[];
}

/** The id of the edge `source --kind--> target` (ids are derived, never authored). */
export function edgeId(source: NodeId, kind: EdgeKind, target: NodeId): EdgeId {
  return EdgeId.parse(`${source}--${kind}--${target}`);
}

const isLevel = (id: string): id is Level => (LEVELS as readonly string[]).includes(id);

/** Parses every file, checks every rule, and derives `level` and the `cited-for` edges. */
export function buildGraph(files: readonly SourceFile[], version: string): BuildResult {
  const problems: Problem[] = [];
  const nodes: Node[] = [];
  const authored: Edge[] = [];
  const fileOf = new Map<string, string>();
  // Nodes and edges rejected for a bad field still exist as far as the other checks go:
  // an edge to a rejected node is not "to a missing node", and a node whose edge was
  // rejected is not "without edges" or "without a level". Their own problem says it all.
  const rejectedNodes = new Set<string>();
  const rejectedMarkers = new Set<string>();
  const markersOfRejected = new Set<string>();
  const rejectedLinks: { source: string; target: string }[] = [];

  for (const file of files) {
    const doc = parseDocument(file.text, { prettyErrors: true });
    if (doc.errors.length > 0) {
      // Only the first error: the ones after it are usually its echoes.
      for (const err of doc.errors.slice(0, 1)) {
        const line = err.linePos?.[0]?.line;
        problems.push({
          file: file.path,
          id: line === undefined ? '(file)' : `line ${line}`,
          field: '(YAML syntax)',
          message: err.message.split('\n')[0] ?? err.message,
          fix: 'correct the YAML syntax at that line (indentation, a missing colon, or an unquoted ":" inside text)',
        });
      }
      continue;
    }
    const data = DataFile.safeParse(doc.toJS() ?? {});
    if (!data.success) {
      problems.push(...problemsFromZod(data.error, file.path, '(file)'));
      continue;
    }

    data.data.nodes.forEach((raw, i) => {
      const label = rawId(raw) ?? `nodes[${i}]`;
      const parsed = NodeInput.safeParse(raw);
      if (!parsed.success) {
        problems.push(...problemsFromZod(parsed.error, file.path, label));
        const id = rawId(raw);
        if (id !== undefined) rejectedNodes.add(id);
        const marker = rawMarker(raw);
        if (marker !== undefined) rejectedMarkers.add(marker);
        for (const m of rawRefs(raw)) markersOfRejected.add(m);
        return;
      }
      const node = parsed.data;
      const earlier = fileOf.get(node.id);
      if (earlier !== undefined) {
        problems.push({
          file: file.path,
          id: node.id,
          field: 'id',
          message: `duplicate id: "${node.id}" is already defined in ${earlier}`,
          fix: 'give one of the two nodes another id, or merge them',
        });
        return;
      }
      problems.push(...kindSpecificProblems(node, file.path));
      fileOf.set(node.id, file.path);
      nodes.push(node);
    });

    data.data.edges.forEach((raw, i) => {
      const parsed = EdgeInput.safeParse(raw);
      if (!parsed.success) {
        problems.push(...problemsFromZod(parsed.error, file.path, rawEdgeLabel(raw) ?? `edges[${i}]`));
        const ends = rawEnds(raw);
        if (ends !== undefined) rejectedLinks.push(ends);
        return;
      }
      const input = parsed.data;
      const id = edgeId(input.source, input.kind, input.target);
      if (input.kind === 'cited-for') {
        problems.push({
          file: file.path,
          id,
          field: 'kind',
          message: '"cited-for" edges are derived from the reference markers in citations, not written by hand',
          fix: 'remove this edge and add the marker (e.g. refs: ["[11]"]) to a citation of the target node',
        });
        return;
      }
      if (input.stance === 'inferred' && input.note === undefined) {
        problems.push({
          file: file.path,
          id,
          field: 'note',
          message: 'an inferred edge has no note',
          fix: 'add note: { en, zh }, one sentence each saying why the paper implies this link',
        });
      }
      if (input.stance === 'stated' && input.note !== undefined) {
        // A note is allowed on a stated edge (it can say which clause states it); nothing to check.
      }
      const twin = authored.find((e) => sameEdge(e, input.source, input.kind, input.target));
      if (twin !== undefined) {
        problems.push({
          file: file.path,
          id,
          field: 'source/target',
          message: `duplicate edge: the same link is already defined in ${fileOf.get(twin.id) ?? 'another file'}`,
          fix: 'keep one of the two edges and merge their citations',
        });
        return;
      }
      fileOf.set(id, file.path);
      authored.push({ id, ...input });
    });
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const validEdges: Edge[] = [];
  for (const edge of authored) {
    const file = fileOf.get(edge.id) ?? '(unknown file)';
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (rejectedNodes.has(edge.source) || rejectedNodes.has(edge.target)) {
      // The rejected node's own problem is the one to fix; this edge is checked after it.
      rejectedLinks.push(edge);
      continue;
    }
    let ok = true;
    for (const [end, node] of [
      ['source', from],
      ['target', to],
    ] as const) {
      if (node === undefined) {
        ok = false;
        problems.push({
          file,
          id: edge.id,
          field: end,
          message: `the ${end} node "${edge[end]}" does not exist`,
          fix: `correct the id, or add a node "${edge[end]}" to a file in graph/data/`,
        });
      }
    }
    if (from === undefined || to === undefined || !ok) continue;
    if (!edgeAllowed(edge.kind, from.kind, to.kind)) {
      const rule = EDGE_RULES[edge.kind];
      problems.push({
        file,
        id: edge.id,
        field: 'kind',
        message: `a "${edge.kind}" edge cannot go from a ${from.kind} to a ${to.kind}`,
        fix: `"${edge.kind}" goes from ${rule.from.join('/')} to ${rule.to.join('/')}${rule.same === true ? ' (or the same kind)' : ''}; choose another edge kind or other nodes (graph/kinds.ts)`,
      });
      continue;
    }
    validEdges.push(edge);
  }

  const derived = citedForEdges(nodes, fileOf, problems, rejectedMarkers);
  const edges = [...validEdges, ...derived];

  // Nodes touched by a rejected edge, or by an edge to a rejected node: whether they have
  // a level cannot be known until that problem is fixed.
  // A cited work cited only by a rejected node has its edge back once that node is fixed.
  const undecided = new Set([
    ...rejectedLinks.flatMap((l) => [l.source, l.target]),
    ...nodes.filter((n) => n.reference && markersOfRejected.has(n.reference.marker)).map((n) => n.id),
  ]);
  const withLevels = deriveLevels(nodes, edges, fileOf, problems, undecided);
  problems.push(...isolatedNodeProblems(withLevels, edges, fileOf, undecided));
  problems.push(...partOfCycleProblems(withLevels, edges, fileOf));

  const knownIds = new Set([...nodes.map((n) => n.id), ...rejectedNodes]);
  return { graph: { version, nodes: withLevels, edges }, fileOf, knownIds, problems };
}

function rawId(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return undefined;
}

function rawMarker(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('reference' in raw)) return undefined;
  const ref = raw.reference;
  if (typeof ref === 'object' && ref !== null && 'marker' in ref && typeof ref.marker === 'string') return ref.marker;
  return undefined;
}

function rawRefs(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || !('citations' in raw) || !Array.isArray(raw.citations)) return [];
  return raw.citations.flatMap((c: unknown) =>
    typeof c === 'object' && c !== null && 'refs' in c && Array.isArray(c.refs)
      ? c.refs.filter((r: unknown): r is string => typeof r === 'string')
      : [],
  );
}

function rawEnds(raw: unknown): { source: string; target: string } | undefined {
  if (typeof raw !== 'object' || raw === null || !('source' in raw) || !('target' in raw)) return undefined;
  const { source, target } = raw;
  return typeof source === 'string' && typeof target === 'string' ? { source, target } : undefined;
}

function rawEdgeLabel(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const get = (k: string) => (k in raw ? String((raw as Record<string, unknown>)[k]) : '?');
  return `${get('source')}--${get('kind')}--${get('target')}`;
}

function sameEdge(e: Edge, source: string, kind: EdgeKind, target: string): boolean {
  if (e.kind !== kind) return false;
  if (e.source === source && e.target === target) return true;
  return !EDGE_RULES[kind].directed && e.source === target && e.target === source;
}

function kindSpecificProblems(node: Node, file: string): Problem[] {
  const out: Problem[] = [];
  const p = (field: string, message: string, fix: string) => out.push({ file, id: node.id, field, message, fix });
  if (node.kind === 'governance' && node.scope === undefined)
    p(
      'scope',
      'a governance measure has no scope',
      'add scope: technical, upstream, downstream, mechanism, macro or micro',
    );
  if (node.kind !== 'governance' && node.scope !== undefined)
    p('scope', `only governance measures have a scope, this is a ${node.kind}`, 'remove "scope"');
  if (node.kind === 'source' && node.reference === undefined)
    p(
      'reference',
      'a cited work has no reference',
      'add reference: { marker: "[n]" or "①", … only what the paper prints }',
    );
  if (node.kind !== 'source' && node.reference !== undefined)
    p('reference', `only cited works have a reference, this is a ${node.kind}`, 'remove "reference"');
  if (node.kind !== 'challenge' && node.noLevel !== undefined)
    p('noLevel', `only a challenge can be placed at no level, this is a ${node.kind}`, 'remove "noLevel"');
  if (node.kind === 'level' && !isLevel(node.id))
    p('id', `a level node must be one of ${LEVELS.join(', ')}`, 'rename the node or change its kind');
  return out;
}

/** Each citation that names a reference marker yields a `cited-for` edge from that work. */
function citedForEdges(
  nodes: readonly Node[],
  fileOf: Map<string, string>,
  problems: Problem[],
  rejectedMarkers: ReadonlySet<string>,
): Edge[] {
  const sourceByMarker = new Map<string, Node>();
  for (const n of nodes) if (n.kind === 'source' && n.reference) sourceByMarker.set(n.reference.marker, n);
  const edges = new Map<string, Edge>();
  for (const node of nodes) {
    if (node.kind === 'source') continue;
    for (const citation of node.citations) {
      for (const marker of citation.refs ?? []) {
        const src = sourceByMarker.get(marker);
        if (src === undefined && rejectedMarkers.has(marker)) continue;
        if (src === undefined) {
          problems.push({
            file: fileOf.get(node.id) ?? '(unknown file)',
            id: node.id,
            field: 'citations.refs',
            message: `no cited-work node has the marker ${marker}`,
            fix: `add a node of kind "source" with reference.marker "${marker}", or correct the marker`,
          });
          continue;
        }
        const id = edgeId(src.id, 'cited-for', node.id);
        const existing = edges.get(id);
        const citations: Citation[] = existing ? [...existing.citations, citation] : [citation];
        edges.set(id, { id, source: src.id, kind: 'cited-for', target: node.id, stance: 'stated', citations });
      }
    }
  }
  return [...edges.values()];
}

/** A challenge's level is where it arises, or, for a sub-challenge, its parent's level. */
function deriveLevels(
  nodes: readonly Node[],
  edges: readonly Edge[],
  fileOf: Map<string, string>,
  problems: Problem[],
  undecided: ReadonlySet<string>,
): Node[] {
  const arisesAt = new Map<string, Level>();
  const parent = new Map<string, string>();
  for (const e of edges) {
    if (e.kind === 'arises-at' && isLevel(e.target)) arisesAt.set(e.source, e.target);
    if (e.kind === 'part-of') parent.set(e.source, e.target);
  }
  const levelOf = (id: string, seen: Set<string>): Level | undefined => {
    const direct = arisesAt.get(id);
    if (direct !== undefined || seen.has(id)) return direct;
    seen.add(id);
    const up = parent.get(id);
    return up === undefined ? undefined : levelOf(up, seen);
  };
  return nodes.map((node) => {
    if (node.kind !== 'challenge') return node;
    const chain = new Set<string>();
    const level = levelOf(node.id, chain);
    const file = fileOf.get(node.id) ?? '(unknown file)';
    if (level === undefined) {
      // Said outright: the paper gives this challenge no level.
      if (node.noLevel !== undefined) return node;
      if ([node.id, ...chain].some((id) => undecided.has(id))) return node;
      problems.push({
        file,
        id: node.id,
        field: 'level',
        message: 'this challenge has no level',
        fix: 'add an "arises-at" edge to algorithm, data or compute, or a "part-of" edge to a challenge that has one; if the paper places it at no level, say so with noLevel: { en, zh }',
      });
      return node;
    }
    if (node.noLevel !== undefined) {
      problems.push({
        file,
        id: node.id,
        field: 'noLevel',
        message: `this challenge says the paper gives it no level, but it has one (${level})`,
        fix: 'remove "noLevel", or the "arises-at" (or "part-of") edge that gives it the level',
      });
    }
    return { ...node, level };
  });
}

function isolatedNodeProblems(
  nodes: readonly Node[],
  edges: readonly Edge[],
  fileOf: Map<string, string>,
  undecided: ReadonlySet<string>,
): Problem[] {
  const linked = new Set<string>(undecided);
  for (const e of edges) {
    linked.add(e.source);
    linked.add(e.target);
  }
  return nodes
    .filter((n) => !linked.has(n.id))
    .map((n) => ({
      file: fileOf.get(n.id) ?? '(unknown file)',
      id: n.id,
      field: 'edges',
      message: 'this node has no edges: nothing links it into the framework',
      fix:
        n.kind === 'source'
          ? `cite it: add refs: ["${n.reference?.marker ?? '[n]'}"] to the citation of a node that relies on it`
          : 'add at least one edge from or to this node in graph/data/',
    }));
}

/** `part-of` must form a hierarchy; a cycle is found as a strongly connected component (cytoscape's Tarjan). */
function partOfCycleProblems(nodes: readonly Node[], edges: readonly Edge[], fileOf: Map<string, string>): Problem[] {
  const partOf = edges.filter((e) => e.kind === 'part-of');
  const ids = new Set(partOf.flatMap((e) => [e.source, e.target]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...nodes.filter((n) => ids.has(n.id)).map((n) => ({ data: { id: n.id } })),
      ...partOf.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const problems: Problem[] = [];
  for (const component of cy.elements().tarjanStronglyConnected().components) {
    const members = component.nodes().map((n) => n.id());
    const selfLoop = partOf.find((e) => e.source === e.target && members.includes(e.source));
    if (members.length < 2 && selfLoop === undefined) continue;
    const cycleEdge = partOf.find((e) => members.includes(e.source) && members.includes(e.target));
    problems.push({
      file: (cycleEdge && fileOf.get(cycleEdge.id)) ?? '(unknown file)',
      id: cycleEdge?.id ?? members.join(', '),
      field: 'part-of',
      message: `"part-of" edges form a cycle through ${members.sort().join(' → ')}`,
      fix: 'a part cannot contain its whole: remove or reverse one of these part-of edges',
    });
  }
  cy.destroy();
  return problems;
}
