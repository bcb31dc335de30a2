/** Sections named in prose become links; everything else is left as written. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remarkSectionLinks, splitSectionMentions } from './remark-section-links';

const render = (value: string) =>
  splitSectionMentions(value)
    .map((n) =>
      n.type === 'text'
        ? (n.value ?? '')
        : `[${JSON.stringify(n.attributes)}:${n.children?.map((c) => c.value).join('') ?? ''}]`,
    )
    .join('');
const section = (s: string) => JSON.stringify([{ type: 'mdxJsxAttribute', name: 'section', value: s }]);

describe('section mentions', () => {
  const rows: [string, string][] = [
    ['As §2.2.1 shows.', `As [${section('2.2.1')}:§2.2.1] shows.`],
    ['§3 and §4.', `[${section('3')}:§3] and [${section('4')}:§4].`],
    ['论文在第 2.1.1 节指出', `论文在[${section('2.1.1')}:第 2.1.1 节]指出`],
    ['第3节', `[${section('3')}:第3节]`],
    ['§2.3 is not a section; 第 2 步 is a step.', '§2.3 is not a section; 第 2 步 is a step.'],
    ['no mention', 'no mention'],
  ];
  for (const [input, expected] of rows) it(`"${input}"`, () => assert.equal(render(input), expected));

  it('leaves quotations, links and code alone', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'See §5.' }] },
        { type: 'mdxJsxFlowElement', name: 'Quote', children: [{ type: 'text', value: '§5' }] },
        { type: 'link', children: [{ type: 'text', value: '§5' }] },
        { type: 'inlineCode', value: '§5' },
      ],
    };
    remarkSectionLinks()(tree);
    assert.equal(tree.children[0]?.children?.[1]?.type, 'mdxJsxTextElement');
    assert.equal(tree.children[1]?.children?.[0]?.type, 'text');
    assert.equal(tree.children[2]?.children?.[0]?.type, 'text');
  });
});
