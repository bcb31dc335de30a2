/**
 * The reading companion's content, derived from the graph: for each section of the paper,
 * the ideas whose citations name it, grouped by kind, and for the few ideas the editors
 * chose (content/paper-sections.yaml) one short quotation from that section — the clause
 * that defines or states the idea. Pure: the graph and the choice in, the outline out.
 *
 * The page must never become the paper stitched back together from its quotations: at most
 * one quotation per idea and section, only short ones, never a section's own heading
 * again, and only for the chosen ideas. A unit test measures the page's verbatim share of
 * the paper (at most 15 % of its Han characters).
 */
import type { GraphIndex } from './load';
import { NODE_KINDS, type Citation, type Node, type NodeKind, type Section } from './schema';
import { PAPER_SECTIONS, type PaperPart, type PaperSection } from './sections';

/** A quotation longer than this (Han characters) is not shown on the page; the idea's own page has it. */
export const QUOTE_MAX_HAN = 60;

export interface OutlineIdea {
  node: Node;
  /** One short quotation of the paper from this section, or none. */
  quote: Citation | undefined;
}

export interface OutlineGroup {
  kind: NodeKind;
  ideas: OutlineIdea[];
}

export interface OutlineEntry {
  section: PaperSection;
  groups: OutlineGroup[];
}

const squash = (s: string) => s.replace(/\s+/g, '');
export const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * The entry an idea's citation of `section` puts it under: its section, except that a
 * limitation cited in §4 or §4.2 belongs to the limitations passage that closes §4.2.
 */
export function entryOf(node: Pick<Node, 'kind'>, section: Section): PaperPart {
  return node.kind === 'limitation' && (section === '4' || section === '4.2') ? 'limitations' : section;
}

/** Every entry an idea appears under, in the paper's order. */
export function entriesOf(node: Pick<Node, 'kind' | 'citations'>): PaperPart[] {
  const parts = new Set(node.citations.map((c) => entryOf(node, c.section)));
  return PAPER_SECTIONS.map((s) => s.id).filter((id) => parts.has(id));
}

/**
 * The quotation an idea gets under a section: its first citation there that is short and
 * is not merely the section's heading (which the page shows already).
 */
export function quoteFor(node: Node, section: PaperSection): Citation | undefined {
  const heading = squash(section.heading.zh);
  return node.citations.find(
    (c) =>
      entryOf(node, c.section) === section.id &&
      hanCount(c.quote) <= QUOTE_MAX_HAN &&
      !heading.includes(squash(c.quote).replace(/^[①②③④⑤]/, '')),
  );
}

/**
 * The reading companion: every section in order, with its ideas grouped by kind (in the
 * order of NODE_KINDS; within a kind in the graph's order, for the page to sort by label).
 * `quoted(entry)` lists the ideas whose quotation the page shows under that entry.
 */
export function paperOutline(index: GraphIndex, quoted: (entry: PaperPart) => readonly string[]): OutlineEntry[] {
  const under = new Map<PaperPart, Node[]>(PAPER_SECTIONS.map((s) => [s.id, []]));
  for (const node of index.graph.nodes) for (const entry of entriesOf(node)) under.get(entry)?.push(node);
  return PAPER_SECTIONS.map((section) => {
    const chosen = new Set(quoted(section.id));
    const nodes = under.get(section.id) ?? [];
    const groups = NODE_KINDS.map((kind) => ({
      kind,
      ideas: nodes
        .filter((n) => n.kind === kind)
        .map((node) => ({ node, quote: chosen.has(node.id) ? quoteFor(node, section) : undefined })),
    })).filter((g) => g.ideas.length > 0);
    return { section, groups };
  });
}

/** Every quotation of the paper the outline shows, for the verbatim-share test. */
export const outlineQuotes = (outline: readonly OutlineEntry[]): string[] =>
  outline.flatMap((e) => e.groups.flatMap((g) => g.ideas.flatMap((i) => (i.quote ? [i.quote.quote] : []))));
