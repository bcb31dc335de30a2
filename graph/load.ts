/**
 * Reads the authored files once, validates them and builds the indexes every page uses.
 * The result is frozen: pages and build steps only read it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildGraph, type SourceFile } from './build';
import { ValidationError } from './problems';
import type { Edge, Graph, Node } from './schema';
import { DATA_VERSION } from './version';

export interface GraphIndex {
  readonly graph: Graph;
  readonly node: ReadonlyMap<string, Node>;
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  readonly incoming: ReadonlyMap<string, readonly Edge[]>;
  readonly fileOf: ReadonlyMap<string, string>;
}

export const DATA_DIR = path.join(process.cwd(), 'graph', 'data');

export function readDataFiles(dir: string = DATA_DIR): SourceFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      path: path.relative(process.cwd(), path.join(dir, f)),
      text: fs.readFileSync(path.join(dir, f), 'utf8'),
    }));
}

export function indexGraph(graph: Graph, fileOf: ReadonlyMap<string, string>): GraphIndex {
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  for (const n of graph.nodes) {
    outgoing.set(n.id, []);
    incoming.set(n.id, []);
  }
  for (const e of graph.edges) {
    outgoing.get(e.source)?.push(e);
    incoming.get(e.target)?.push(e);
  }
  return Object.freeze({
    graph: deepFreeze(graph),
    node: new Map(graph.nodes.map((n) => [n.id, n])),
    outgoing,
    incoming,
    fileOf,
  });
}

let cached: GraphIndex | undefined;

/** The validated graph; throws a ValidationError listing every problem. */
export function loadGraph(): GraphIndex {
  if (cached) return cached;
  const { graph, fileOf, problems } = buildGraph(readDataFiles(), DATA_VERSION);
  if (problems.length > 0) throw new ValidationError(problems);
  cached = indexGraph(graph, fileOf);
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
