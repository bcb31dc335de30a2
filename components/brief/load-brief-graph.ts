/**
 * Fetches the brief's subgraph (`/brief/graph.json`) once per page, parses it with the
 * graph's schemas (the file is ours, but a stale cache or a proxy may hand over anything),
 * and indexes it for the brief model.
 */
import { z } from 'zod';
import { briefLookup } from '@/graph/brief';
import type { GraphLookup } from '@/graph/lookup';
import { Edge, Node } from '@/graph/schema';
import { withBase } from '../paths';

export const BRIEF_GRAPH_PATH = '/brief/graph.json';

const BriefGraph = z.object({ nodes: z.array(Node), edges: z.array(Edge) });

let pending: Promise<GraphLookup> | undefined;

export function loadBriefGraph(): Promise<GraphLookup> {
  pending ??= fetch(withBase(BRIEF_GRAPH_PATH))
    .then((r) => {
      if (!r.ok) throw new Error(`${BRIEF_GRAPH_PATH}: HTTP ${r.status}`);
      return r.json();
    })
    .then((json: unknown) => briefLookup(BriefGraph.parse(json)))
    .catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
  return pending;
}
