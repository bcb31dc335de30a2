/**
 * The one place where the shape of the framework graph is defined. Every other module
 * takes its types from here through `z.infer`, so the data contract, the validator, the
 * JSON Schema we publish and the TypeScript types can never drift apart.
 */
import { z } from 'zod';
import { EDGE_KINDS, GOVERNANCE_SCOPES, LANGS, LEVELS, NODE_ID_PATTERN, NODE_ID_RULE, NODE_KINDS } from './vocabulary';

// zod may compile fast parsers with `new Function`, and probes whether it can by calling
// it; under the site's Content-Security-Policy (no 'unsafe-eval') that probe is a
// reported violation in every browser that loads these schemas. Parsing without
// compiled code is plenty fast for this data.
z.config({ jitless: true });

export { EDGE_KINDS, GOVERNANCE_SCOPES, LANGS, LEVELS, NODE_KINDS } from './vocabulary';

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const EdgeKind = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKind>;

export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const GovernanceScope = z.enum(GOVERNANCE_SCOPES);
export type GovernanceScope = z.infer<typeof GovernanceScope>;

/** The paper's sections, as its headings number them. */
export const SECTIONS = [
  'abstract',
  '1',
  '2',
  '2.1',
  '2.1.1',
  '2.1.2',
  '2.2',
  '2.2.1',
  '2.2.2',
  '2.2.3',
  '3',
  '4',
  '4.1',
  '4.2',
  '5',
] as const;
export const Section = z.enum(SECTIONS);
export type Section = z.infer<typeof Section>;

/** The paper's own reference markers: numbered references `[1]`–`[29]` and footnotes ①–⑤. */
export const RefMarker = z
  .string()
  .regex(/^(\[(?:[1-9]|[12][0-9])\]|[①②③④⑤])$/, 'a reference marker is "[1]" … "[29]" or a footnote "①" … "⑤"');
export type RefMarker = z.infer<typeof RefMarker>;

/** Quotes are short: one clause or sentence of the paper. Whitespace does not count. */
export const QUOTE_MAX_CHARS = 120;

export const Quote = z
  .string()
  .refine((q) => q.replace(/\s+/g, '').length > 0, 'the quote is empty: copy a clause of the paper verbatim')
  .refine(
    (q) => q.replace(/\s+/g, '').length <= QUOTE_MAX_CHARS,
    `the quote is longer than ${QUOTE_MAX_CHARS} characters: cut it to one clause or sentence`,
  );

export const Citation = z.strictObject({
  section: Section,
  quote: Quote,
  refs: z.array(RefMarker).optional(),
});
export type Citation = z.infer<typeof Citation>;

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} is empty`);

export const Localized = z.strictObject({
  en: nonEmpty('the English text'),
  zh: nonEmpty('the Chinese text'),
});
export type Localized = z.infer<typeof Localized>;

export const Aliases = z.strictObject({
  en: z.array(nonEmpty('an English alias')),
  zh: z.array(nonEmpty('a Chinese alias')),
});
export type Aliases = z.infer<typeof Aliases>;

export const NodeId = z.string().regex(NODE_ID_PATTERN, NODE_ID_RULE).brand<'NodeId'>();
/** A node's id; branded, so an edge id or any other string cannot be passed for one. */
export type NodeId = z.infer<typeof NodeId>;

/** An edge's id (`source--kind--target`); branded like `NodeId`. */
export const EdgeId = z.string().min(1).brand<'EdgeId'>();
export type EdgeId = z.infer<typeof EdgeId>;

/**
 * What the paper prints of a work it cites. Only what is printed: the text we work from
 * contains no reference list, so a numbered reference has at most the author its running
 * text names beside the marker (a person or body named only as the one who did what the
 * sentence reports is not an author); footnotes print author, title, dates and a URL.
 * Nothing here is ever filled in from outside the paper.
 */
export const Reference = z.strictObject({
  marker: RefMarker,
  author: z.string().optional(),
  title: z.string().optional(),
  issued: z.string().optional(),
  accessed: z.string().optional(),
  url: z.url().optional(),
});
export type Reference = z.infer<typeof Reference>;

/** A node as an author writes it in `graph/data/*.yaml`. */
export const NodeInput = z.strictObject({
  id: NodeId,
  kind: NodeKind,
  label: Localized,
  summary: Localized,
  aliases: Aliases.optional(),
  scope: GovernanceScope.optional(),
  reference: Reference.optional(),
  /**
   * A challenge the paper places at no level says so here, in both languages, instead of
   * having a level made up for it (an `arises-at` edge the paper does not support).
   */
  noLevel: Localized.optional(),
  citations: z.array(Citation).min(1, 'every node needs at least one citation of the paper'),
});
export type NodeInput = z.infer<typeof NodeInput>;

export const Stance = z.enum(['stated', 'inferred']);
export type Stance = z.infer<typeof Stance>;

/** An edge as an author writes it; its id is derived from source, kind and target. */
export const EdgeInput = z.strictObject({
  source: NodeId,
  kind: EdgeKind,
  target: NodeId,
  stance: Stance,
  note: Localized.optional(),
  citations: z.array(Citation).min(1, 'every edge needs at least one citation of the paper'),
});
export type EdgeInput = z.infer<typeof EdgeInput>;

/** One authored data file. */
export const DataFile = z.strictObject({
  nodes: z.array(z.unknown()).default([]),
  edges: z.array(z.unknown()).default([]),
});

/** A node as published in `/data/graph.json`: the input plus what the loader derives. */
export const Node = NodeInput.extend({
  level: Level.optional(),
});
export type Node = z.infer<typeof Node>;

export const Edge = EdgeInput.extend({
  id: EdgeId,
});
export type Edge = z.infer<typeof Edge>;

export const Graph = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'the version is semver, e.g. "1.0.0"'),
  /** When the published file was built (ISO 8601, UTC); set by the build, absent in authored data. */
  built: z.iso.datetime().optional(),
  nodes: z.array(Node),
  edges: z.array(Edge),
});
export type Graph = z.infer<typeof Graph>;
