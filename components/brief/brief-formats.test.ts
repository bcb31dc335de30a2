/**
 * The three renderings of a brief say the same: the page's text equals the Markdown's (read
 * back with a Markdown parser), and the Word file, opened with mammoth (an independent
 * reader), has every heading as a heading and every quotation in the Quote style, with a
 * CJK font for Chinese (checked in the file's XML).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Packer } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { briefModel } from '@/graph/brief';
import { nodeId } from '@/graph/ids';
import { loadGraph } from '@/graph/load';
import { LANGS, type Lang } from '@/graph/schema';
import { BriefArticle } from './brief-article';
import { briefDocument, outline, type BriefDocument, type BriefMeta, type BriefScope } from './brief-doc';
import { DOCX_FONTS, briefDocx } from './brief-docx';
import { briefMarkdown } from './brief-markdown';

const index = loadGraph();
const meta: BriefMeta = {
  version: '9.9.9',
  built: '2025-01-31',
  address: 'https://example.edu/framework/en/brief/?challenges=bias',
  nodeUrl: (id) => `https://example.edu/framework/en/nodes/${id}/`,
};
const allChallenges = index.graph.nodes.filter((n) => n.kind === 'challenge').map((n) => n.id);

const cases: { name: string; lang: Lang; scope: BriefScope; doc: BriefDocument }[] = LANGS.flatMap((lang) => [
  {
    name: `every challenge (${lang})`,
    lang,
    scope: { kind: 'all' } as const,
    doc: briefDocument(briefModel(index, { challenges: allChallenges, measures: [] }), { kind: 'all' }, meta, lang),
  },
  {
    name: `two challenges and a measure (${lang})`,
    lang,
    scope: { kind: 'custom' } as const,
    doc: briefDocument(
      briefModel(index, {
        challenges: [nodeId('privacy-and-security'), nodeId('toxicity')],
        measures: [nodeId('ethical-principles')],
      }),
      { kind: 'custom' },
      meta,
      lang,
    ),
  },
]);

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of HTML, block by block, tags gone. */
const htmlText = (html: string) => normalize(decode(html.replace(/<[^>]+>/g, ' ')));

/** Every text of a Markdown tree in order, joined by spaces (blocks and inline runs alike). */
function mdText(root: Root): string {
  const parts: string[] = [];
  const walk = (node: Root['children'][number] | Root) => {
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) for (const c of node.children) walk(c);
  };
  walk(root);
  return normalize(parts.join(' '));
}

for (const { name, doc } of cases)
  describe(`the brief on ${name}`, () => {
    const { headings, quotes } = outline(doc);

    it('has headings and quotations to check', () => {
      assert.ok(headings.length > 5 && quotes.length > 3);
    });

    it('reads the same as Markdown as on the page', () => {
      const md = fromMarkdown(briefMarkdown(doc));
      const page = renderToStaticMarkup(createElement(BriefArticle, { doc }));
      assert.equal(mdText(md), htmlText(page));
      const mdHeadings = md.children.filter((n): n is Heading => n.type === 'heading').map((h) => toString(h));
      assert.deepEqual(mdHeadings, headings);
      const mdQuotes: string[] = [];
      const walk = (n: Root['children'][number]) => {
        if (n.type === 'blockquote' && n.children[0]) mdQuotes.push(toString(n.children[0]));
        if ('children' in n) for (const c of n.children) if (c.type !== 'text') walk(c);
      };
      for (const n of md.children) walk(n);
      assert.deepEqual(mdQuotes, quotes);
    });

    it('opens in mammoth with every heading a heading and every quotation in the Quote style', async () => {
      const buffer = await Packer.toBuffer(briefDocx(doc));
      const { value: html, messages } = await mammoth.convertToHtml(
        { buffer },
        { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Quote Source'] => p.cite:fresh"] },
      );
      assert.deepEqual(
        messages.filter((m) => m.type === 'error'),
        [],
      );
      const found = [...html.matchAll(/<h([1-4])[^>]*>(.*?)<\/h\1>/g)].map((m) => htmlText(m[2] ?? ''));
      assert.deepEqual(found, headings.map(normalize));
      const quoted = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) => htmlText(m[1] ?? ''));
      assert.deepEqual(quoted, quotes.map(normalize));
      assert.ok(/<ul>/.test(html), 'lists are lists');
    });

    it('sets a CJK font for Chinese text and marks the quotations as Chinese', async () => {
      const zip = await JSZip.loadAsync(await Packer.toBuffer(briefDocx(doc)));
      const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
      const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
      assert.match(styles, new RegExp(`w:eastAsia="${DOCX_FONTS.eastAsia}"`));
      assert.match(body, /w:lang [^>]*w:eastAsia="zh-CN"/);
    });
  });
