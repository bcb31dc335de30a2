/**
 * A brief document as Markdown (CommonMark), written with mdast-util-to-markdown from a
 * Markdown syntax tree, so every character of the paper's words and of our text is escaped
 * correctly. Headings, lists and quotations map one to one onto the page's.
 */
import type { BlockContent, ListItem as MdListItem, PhrasingContent, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Block, BriefDocument, Inline } from './brief-doc';

function inline(i: Inline): PhrasingContent {
  const text: PhrasingContent = { type: 'text', value: i.text };
  const node: PhrasingContent = i.strong ? { type: 'strong', children: [{ type: 'text', value: i.text }] } : text;
  return i.href ? { type: 'link', url: i.href, children: [node] } : node;
}

function block(b: Block): BlockContent[] {
  switch (b.kind) {
    case 'heading':
      return [
        {
          type: 'heading',
          depth: b.level,
          children: [
            b.href
              ? { type: 'link', url: b.href, children: [{ type: 'text', value: b.text }] }
              : { type: 'text', value: b.text },
          ],
        },
      ];
    case 'paragraph':
      return [{ type: 'paragraph', children: b.content.map(inline) }];
    case 'quote':
      return [
        {
          type: 'blockquote',
          children: [
            { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
            { type: 'paragraph', children: [{ type: 'text', value: `— ${b.cite}` }] },
          ],
        },
      ];
    case 'list':
      return [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: b.items.map((item): MdListItem => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: item.content.map(inline) }, ...item.blocks.flatMap(block)],
          })),
        },
      ];
  }
}

export function briefMarkdown(doc: BriefDocument): string {
  const children: RootContent[] = doc.blocks.flatMap(block);
  return toMarkdown({ type: 'root', children }, { bullet: '-', listItemIndent: 'one', strong: '*', fences: true });
}
