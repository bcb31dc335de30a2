/**
 * A remark plugin for explanations and tour texts: every section of the paper named in the
 * prose — "§2.2.1", "§3", or in Chinese "第 2.2.1 节" — becomes a <SectionRef section="…">
 * element, which the site renders as a link to that section on the reading companion
 * (components/paper/section-link.tsx). Authors write plain text; nothing else changes.
 * Text inside links and inside <Quote> (the paper's own words) is left alone.
 */
import { SECTIONS } from '../graph/schema';

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: MdNode[];
  attributes?: unknown[];
}

/** "§2.2.1", "§ 3" or "第 2.2.1 节"; the number is the first group that matched. */
const SECTION_MENTION = /§\s?(\d(?:\.\d){0,2})|第\s?(\d(?:\.\d){0,2})\s?节/g;

const isSection = (s: string) => (SECTIONS as readonly string[]).includes(s);

/** The text split at each mention of a known section; other text stays as it was. */
export function splitSectionMentions(value: string): MdNode[] {
  const out: MdNode[] = [];
  let last = 0;
  for (const m of value.matchAll(SECTION_MENTION)) {
    const section = m[1] ?? m[2] ?? '';
    if (!isSection(section)) continue;
    if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push({
      type: 'mdxJsxTextElement',
      name: 'SectionRef',
      attributes: [{ type: 'mdxJsxAttribute', name: 'section', value: section }],
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (last === 0) return [{ type: 'text', value }];
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code']);

/** Elements whose text is not ours to link: the paper's own words, and links already. */
const SKIP_ELEMENTS = new Set(['Quote', 'NodeLink', 'SectionRef']);

function walk(node: MdNode): void {
  if (!node.children || SKIP.has(node.type) || SKIP_ELEMENTS.has(node.name ?? '')) return;
  node.children = node.children.flatMap((child) =>
    child.type === 'text' && typeof child.value === 'string' ? splitSectionMentions(child.value) : [child],
  );
  for (const child of node.children) walk(child);
}

export function remarkSectionLinks() {
  return (tree: MdNode) => walk(tree);
}
