/**
 * The graph's vocabulary as plain lists: languages, kinds of node and link, levels,
 * governance scopes and the argument's stages. graph/schema.ts builds its zod enums from these; code that only needs
 * the lists (a browser bundle on every page, e.g. the search palette's address helpers)
 * imports them from here, without zod.
 */
export const LANGS = ['en', 'zh'] as const;

/** What a node id looks like (schema.ts's NodeId and graph/ids.ts check ids by it). */
export const NODE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NODE_ID_RULE = 'an id is a kebab-case English slug such as "data-cleaning"';

export const NODE_KINDS = [
  'trait',
  'level',
  'challenge',
  'concept',
  'relation',
  'governance',
  'limitation',
  'recommendation',
  'case',
  'source',
] as const;

export const EDGE_KINDS = [
  'gives-rise-to',
  'amplifies',
  'arises-at',
  'part-of',
  'illustrates',
  'explains',
  'addresses',
  'limited-by',
  'responds-to',
  'requires',
  'reframes',
  'manifests-as',
  'trades-off-with',
  'cited-for',
] as const;

export const LEVELS = ['algorithm', 'data', 'compute'] as const;

/** Where a governance measure sits: technical (upstream / downstream) or mechanism (macro / micro). */
export const GOVERNANCE_SCOPES = ['technical', 'upstream', 'downstream', 'mechanism', 'macro', 'micro'] as const;

/** The paper's argument as six stages, read left to right (graph/stages.ts). */
export const STAGES = ['traits', 'challenges', 'mediation', 'governance', 'limitations', 'recommendations'] as const;
export type Stage = (typeof STAGES)[number];
