/**
 * Ids from plain strings, checked: for fixtures, examples and other ids written in code.
 * Ids read from data or addresses are parsed where they are read (schema.ts, the URL
 * parsers), so these are the only other way a string becomes a `NodeId` or an `EdgeId`.
 */
import { EdgeId, NodeId } from './schema';

export const nodeId = (id: string): NodeId => NodeId.parse(id);
export const edgeIdOf = (id: string): EdgeId => EdgeId.parse(id);
