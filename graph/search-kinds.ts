/**
 * What a search result can be — an idea of the graph (a node kind) or a section of the
 * paper — and the order kinds are listed in. Plain lists, without zod, so that the search
 * palette's address helpers (on every page) stay small; graph/search-index.ts builds its
 * schemas from them.
 */
import { NODE_KINDS } from './vocabulary';

type NodeKind = (typeof NODE_KINDS)[number];

export const SEARCH_KINDS = [...NODE_KINDS, 'section'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kinds in the order results of equal rank are listed. */
export const KIND_ORDER: readonly SearchKind[] = [
  'trait',
  'challenge',
  'concept',
  'relation',
  'governance',
  'limitation',
  'recommendation',
  'level',
  'case',
  'source',
  'section',
];
export const kindRank = (k: SearchKind): number => KIND_ORDER.indexOf(k);

export const isNodeKind = (k: SearchKind): k is NodeKind => k !== 'section';
