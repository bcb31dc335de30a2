/**
 * The part of a graph index that the governance questions need (nodes by id, edges in and
 * out), as a type and as a pure builder. The site's index (load.ts) is one; a browser page
 * that composes a brief from a subgraph builds another with `lookupOf`, without the file
 * reading that load.ts does.
 */
import type { Edge, Node } from './schema';

export interface GraphLookup {
  readonly graph: { readonly nodes: readonly Node[]; readonly edges: readonly Edge[] };
  readonly node: ReadonlyMap<string, Node>;
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  readonly incoming: ReadonlyMap<string, readonly Edge[]>;
}

/** Indexes nodes and edges; an edge whose end is not among the nodes is left out. */
export function lookupOf(nodes: readonly Node[], edges: readonly Edge[]): GraphLookup {
  const node = new Map(nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, Edge[]>(nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, Edge[]>(nodes.map((n) => [n.id, []]));
  const kept = edges.filter((e) => node.has(e.source) && node.has(e.target));
  for (const e of kept) {
    outgoing.get(e.source)?.push(e);
    incoming.get(e.target)?.push(e);
  }
  return { graph: { nodes, edges: kept }, node, outgoing, incoming };
}
