/**
 * `/brief/graph.json`: the part of the graph a brief draws on (graph/brief.ts,
 * `briefSubgraph`), written once at build time. The brief composer and the download
 * buttons fetch it when a reader first composes or downloads a brief, so no page carries
 * it in its HTML.
 */
import { briefSubgraph } from '@/graph/brief';
import { loadGraph } from '@/graph/load';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(briefSubgraph(loadGraph()));
}
