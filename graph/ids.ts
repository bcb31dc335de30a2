/**
 * Ids from plain strings, checked: for fixtures, examples and other ids written in code.
 * Ids read from data or addresses are parsed where they are read (schema.ts, the URL
 * parsers), so these are the only other way a string becomes a `NodeId` or an `EdgeId`.
 * They check by the same rules as schema.ts's NodeId and EdgeId (ids.test.ts holds them
 * together) without zod, so browser code that names ideas (graph/stages.ts, drawn by every
 * graph canvas) does not load the validator.
 */
import type { EdgeId, NodeId } from './schema';
import { NODE_ID_PATTERN, NODE_ID_RULE } from './vocabulary';

export function nodeId(id: string): NodeId {
  if (!NODE_ID_PATTERN.test(id)) throw new Error(`"${id}" is not a node id: ${NODE_ID_RULE}`);
  // The brand, given after the same check NodeId.parse makes.
  return id as NodeId;
}

export function edgeIdOf(id: string): EdgeId {
  if (id.length === 0) throw new Error('an edge id is not empty');
  // The brand, given after the same check EdgeId.parse makes.
  return id as EdgeId;
}
