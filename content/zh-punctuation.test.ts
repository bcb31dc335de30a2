/** Chinese interface strings use full-width punctuation (issue: "Chinese that reads as Chinese"). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { halfWidthMarks, mdxProse, stringLiterals } from './zh-punctuation';

const marks = (text: string) => halfWidthMarks(text).map((m) => `${m.char}→${m.fullWidth}`);

describe('halfWidthMarks', () => {
  const rows: [string, string[]][] = [
    ['第 3 步，共 10 步: ', [':→：']],
    ['本步涉及的概念: ', [':→：']],
    ['(编者推断)', ['(→（', ')→）']],
    ['特性 (8)', ['(→（']],
    ['已标出. 提示', ['.→。']],
    ['图例：', []],
    ['（编者推断）', []],
    ['见 graph.json 与 1.5 版', []],
    ['参考文献 [22] 所示', []],
    ['e.g. bias, 隐私', []],
    ['English: text, more', []],
    ['比例为 3:2', []],
  ];
  for (const [text, expected] of rows) it(`"${text}"`, () => assert.deepEqual(marks(text), expected));
});

describe('stringLiterals', () => {
  it('reads only the Chinese dictionary when asked', () => {
    const src = "export const searchEn = { a: 'bias, 隐私' };\nexport const searchZh = { a: '偏见: ' };";
    assert.deepEqual(
      stringLiterals(src, 'x.ts', /zh$/i).map((s) => s.text),
      ['偏见: '],
    );
  });
  it('reads strings and template parts, not property names', () => {
    const src = "export const zh = { 'a b': '图例: ', f: (n: number) => `共 ${n} 项(全部)` };";
    assert.deepEqual(
      stringLiterals(src).map((s) => s.text),
      ['图例: ', '共 ', ' 项(全部)'],
    );
  });
});

describe('mdxProse', () => {
  it('leaves out the paper’s quotations and component markup', () => {
    const prose = mdxProse(
      '这是我们的话。<Quote section="3">原文(引文): 保留</Quote> <NodeLink id="bias">偏见</NodeLink>。',
    );
    assert.deepEqual(marks(prose), []);
    assert.ok(prose.includes('偏见'));
  });
});

const root = path.resolve(import.meta.dirname, '..');
const messageFiles = fs
  .readdirSync(path.join(root, 'content/messages'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join('content/messages', f));

describe('the Chinese interface strings', () => {
  for (const file of messageFiles) {
    it(`${file} uses full-width punctuation in Chinese`, () => {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      const problems = stringLiterals(source, file, /zh$/i).flatMap(({ text, line }) =>
        halfWidthMarks(text).map((m) => `${file}:${line} “${m.context}”: write ${m.fullWidth} for ${m.char}`),
      );
      assert.deepEqual(problems, []);
    });
  }
});

/** Every Chinese MDX file under content/ (node explanations, tour steps). */
function zhMdxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return zhMdxFiles(rel);
    return /(^|[.-])zh\.mdx$/.test(e.name) ? [rel] : [];
  });
}

describe('the Chinese explanations and tours', () => {
  const files = zhMdxFiles('content');
  it('are found', () => assert.ok(files.length > 100, `only ${files.length} Chinese MDX files found`));
  for (const file of files) {
    it(`${file} uses full-width punctuation in its own prose`, () => {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
      const problems = mdxProse(body)
        .split('\n')
        .flatMap((text, i) =>
          halfWidthMarks(text).map((m) => `${file}:${i + 1} “${m.context}”: write ${m.fullWidth} for ${m.char}`),
        );
      assert.deepEqual(problems, []);
    });
  }
});
