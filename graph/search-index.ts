/**
 * The shape of the two search index files (public/search/core.json and body.json), as zod
 * schemas: the browser parses what it fetches, so a stale or broken file fails clearly.
 * graph/search-build.ts writes them; graph/search.ts reads them.
 */
import { z } from 'zod';
import { SEARCH_KINDS } from './search-kinds';
import { Section } from './schema';

export { SEARCH_KINDS, KIND_ORDER, kindRank, isNodeKind } from './search-kinds';
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchRecordSchema = z.object({
  id: z.string(),
  kind: SearchKind,
  labelEn: z.string(),
  labelZh: z.string(),
  aliasesEn: z.array(z.string()),
  aliasesZh: z.array(z.string()),
  summaryEn: z.string(),
  summaryZh: z.string(),
  /** The pinyin of the Chinese label and aliases, syllables joined ("yinsianquan"). */
  pinyin: z.array(z.string()),
  /** Their initials ("ysaq"). */
  initials: z.array(z.string()),
  /** For a section of the paper: its number ("2.2.1", "abstract"). */
  section: Section.optional(),
  /**
   * How many links the idea has in the graph: among results that match equally well, the
   * more connected (more central to the argument) idea is listed first.
   */
  links: z.number().int().nonnegative().optional(),
});

/** One idea (or section) as search sees it. */
export type SearchRecord = z.infer<typeof SearchRecordSchema>;

const Stance = z.enum(['stated', 'inferred']);

/**
 * A challenge's governance as the graph has it: the measures and recommendations that
 * address it, or a broader challenge it is part of ("via"), with the stance of the link.
 * No entry means that nothing in the paper reaches it (a gap).
 */
export const GovernanceEntrySchema = z.object({
  id: z.string(),
  stance: Stance,
  /** Set when the link reaches a broader challenge this one is part of. */
  via: z.string().optional(),
});
export type GovernanceEntry = z.infer<typeof GovernanceEntrySchema>;

/** A limitation of a measure: its own, or one of a broader measure it is part of ("via"). */
export const LimitEntrySchema = z.object({ id: z.string(), via: z.string().optional() });
export type LimitEntry = z.infer<typeof LimitEntrySchema>;

export const CoreIndexSchema = z.object({
  version: z.string(),
  records: z.array(SearchRecordSchema),
  /** Challenge id → what addresses it (see GovernanceEntrySchema); every challenge has a key. */
  governance: z.record(z.string(), z.array(GovernanceEntrySchema)),
  /** Measure or recommendation id → its limitations; every measure has a key. */
  limits: z.record(z.string(), z.array(LimitEntrySchema)),
  /** Limitation id → the recommendations that respond to it. */
  responses: z.record(z.string(), z.array(z.string())),
  /**
   * Pages that search links to which other parts of the site provide, as the build found
   * them: the comparison view and the paper's sections. Search links to a page only when
   * it exists, so it never leads to a missing page.
   */
  pages: z.object({ compare: z.boolean(), paper: z.boolean() }),
});
export type CoreIndex = z.infer<typeof CoreIndexSchema>;

/** Per node, the distinct words of its explanation in each language. */
export const BodyIndexSchema = z.record(z.string(), z.object({ en: z.array(z.string()), zh: z.array(z.string()) }));
export type BodyIndex = z.infer<typeof BodyIndexSchema>;
