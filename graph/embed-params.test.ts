/** The embed URL contract: what each query string shows, and what is reported as unusable. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STATE } from './explore-state';
import {
  defaultEmbedParams,
  iframeSnippet,
  parseEmbedQuery,
  serializeEmbedParams,
  type EmbedParams,
} from './embed-params';
import { nodeId } from './ids';
import { encodeLesson } from './lesson-codec';

const lesson = encodeLesson({
  lang: 'en',
  data: '0.1.0',
  title: 'Week 3',
  note: '',
  steps: [
    { node: 'emergence', title: '', note: '' },
    { node: 'bias', title: '', note: 'Discuss.' },
  ],
});

const ctx = {
  nodeIds: new Set(['emergence', 'uncertainty', 'bias', 'long-tail-effect']),
  tours: [
    { id: 'first-tour', steps: 3 },
    { id: 'second-tour', steps: 12 },
  ],
};
const parse = (q: string) => parseEmbedQuery(q, ctx);
const base = defaultEmbedParams(ctx);

describe('parseEmbedQuery', () => {
  const rows: [string, Partial<EmbedParams>, string[]][] = [
    ['', {}, []],
    [
      '?view=local&focus=bias&depth=2',
      { view: 'local', explorer: { ...DEFAULT_STATE, focus: nodeId('bias'), depth: 2 } },
      [],
    ],
    [
      '?view=path&from=emergence&to=bias&lang=zh',
      { view: 'path', lang: 'zh', explorer: { ...DEFAULT_STATE, from: nodeId('emergence'), to: nodeId('bias') } },
      [],
    ],
    ['?view=tour&tour=second-tour&step=12', { view: 'tour', tour: 'second-tour', step: 12 }, []],
    [
      '?view=matrix&levels=data,compute',
      { view: 'matrix', explorer: { ...DEFAULT_STATE, levels: ['data', 'compute'] } },
      [],
    ],
    [
      '?view=practice&tour=second-tour',
      { view: 'practice', tour: 'second-tour', practice: { tour: 'second-tour' } },
      [],
    ],
    ['?view=practice&level=data&node=bias', { view: 'practice', practice: { level: 'data', node: 'bias' } }, []],
    ['?view=tour&tour=second-tour&level=data', { view: 'tour', tour: 'second-tour', practice: { level: 'data' } }, []],
    ['?view=practice&level=ocean', { view: 'practice' }, ['level=ocean (one-of)']],
    ['?view=practice&node=ghost', { view: 'practice' }, ['node=ghost (node)']],
    ['?theme=dark&controls=1&list=1&scroll=1', { theme: 'dark', controls: true, list: true, scroll: true }, []],
    ['?view=galaxy', {}, ['view=galaxy (one-of)']],
    ['?lang=fr', {}, ['lang=fr (one-of)']],
    ['?controls=yes', {}, ['controls=yes (one-of)']],
    ['?view=local', {}, ['focus= (required)']],
    ['?view=local&focus=no-such-node', {}, ['focus=no-such-node (node)', 'focus= (required)']],
    ['?view=path&from=bias', { explorer: { ...DEFAULT_STATE, from: nodeId('bias') } }, ['to= (required)']],
    ['?view=tour&tour=nope', { view: 'tour' }, ['tour=nope (tour)']],
    ['?view=tour&tour=first-tour&step=4', { view: 'tour', tour: 'first-tour' }, ['step=4 (range)']],
    ['?depth=9', {}, ['depth=9 (range)']],
    ['?kinds=trait,planet', { explorer: { ...DEFAULT_STATE, kinds: ['trait'] } }, ['kinds=planet (list-of)']],
    ['?view=graph&view=matrix', {}, ['view=matrix (once)']],
    ['?utm_source=lms', {}, ['utm_source=lms (parameter)']],
    ['?view="><img src=x onerror=alert(1)>', {}, ['view="><img src=x onerror=alert(1)> (one-of)']],
    [`?view=lesson&lesson=${lesson}&step=2`, { view: 'lesson', lesson, step: 2 }, []],
    [`?view=lesson&lesson=${lesson}&step=3`, { view: 'lesson', lesson }, ['step=3 (range)']],
    ['?view=lesson', {}, ['lesson= (required)']],
    ['?view=lesson&lesson=1.broken', {}, ['lesson=1.broken (lesson)']],
    [`?view=lesson&lesson=<b>`, {}, ['lesson=<b> (lesson)']],
  ];
  for (const [query, expected, problems] of rows) {
    it(`reads "${query}"`, () => {
      const r = parse(query);
      assert.deepEqual(r.params, { ...base, ...expected });
      assert.deepEqual(
        r.problems.map((p) => `${p.param}=${p.value} (${p.expected.type})`),
        problems,
      );
    });
  }

  it('names the valid values of a parameter it could not use', () => {
    const [p] = parse('?theme=blue').problems;
    assert.deepEqual(p?.expected, { type: 'one-of', values: ['auto', 'light', 'dark'] });
  });

  it('keeps only a short excerpt of a very long value', () => {
    const [p] = parse(`?view=${'x'.repeat(10_000)}`).problems;
    assert.ok(p && p.value.length <= 61);
  });
});

describe('serializeEmbedParams', () => {
  const rows: [Partial<EmbedParams>, string][] = [
    [{}, '?view=graph&lang=en'],
    [
      { view: 'local', lang: 'zh', explorer: { ...DEFAULT_STATE, focus: nodeId('bias'), depth: 2 } },
      '?view=local&lang=zh&focus=bias&depth=2',
    ],
    [{ view: 'tour', tour: 'first-tour', step: 2 }, '?view=tour&lang=en&tour=first-tour&step=2'],
    [
      { view: 'matrix', explorer: { ...DEFAULT_STATE, levels: ['data'] }, theme: 'dark' },
      '?view=matrix&lang=en&levels=data&theme=dark',
    ],
    [{ controls: true, list: true, scroll: true }, '?view=graph&lang=en&controls=1&list=1&scroll=1'],
    [{ view: 'lesson', lesson, step: 2 }, `?view=lesson&lang=en&lesson=${lesson}&step=2`],
    [
      { view: 'practice', tour: 'second-tour', practice: { tour: 'second-tour', level: 'compute' } },
      '?view=practice&lang=en&tour=second-tour&level=compute',
    ],
    [{ view: 'practice', practice: { node: 'bias' } }, '?view=practice&lang=en&node=bias'],
  ];
  for (const [patch, query] of rows) {
    it(`writes ${query} and reads it back`, () => {
      const params = { ...base, ...patch };
      assert.equal(serializeEmbedParams(params, 'first-tour'), query);
      const back = parse(query);
      assert.deepEqual(back.problems, []);
      assert.deepEqual(back.params, params);
    });
  }
});

describe('iframeSnippet', () => {
  it('is a plain, lazy, titled, borderless iframe with a fallback link, with attributes escaped', () => {
    const html = iframeSnippet('https://x.org/embed/?view=graph&lang=en', 'A "title" <b>', 480, 'Open the view');
    assert.equal(
      html,
      '<iframe src="https://x.org/embed/?view=graph&amp;lang=en" title="A &quot;title&quot; &lt;b&gt;" width="100%" height="480" loading="lazy" style="border:0" allowfullscreen>' +
        '<a href="https://x.org/embed/?view=graph&amp;lang=en">Open the view</a></iframe>',
    );
  });
});
