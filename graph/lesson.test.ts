/** The lesson model: the teacher's texts kept safe and within limits, and the step operations. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExplorerGraph } from './explorer-data';
import { edgeIdOf, nodeId } from './ids';
import {
  LESSON_LIMITS,
  addStep,
  cleanText,
  directRelations,
  editLesson,
  editStep,
  emptyLesson,
  lessonFromTour,
  moveStep,
  removeStep,
  type Lesson,
} from './lesson';

const lesson = (...nodes: string[]): Lesson => nodes.reduce(addStep, emptyLesson('en', '0.1.0'));
const order = (l: Lesson) => l.steps.map((s) => s.node).join(' ');

describe('cleanText', () => {
  const rows: [string, string, number, boolean, { text: string; cleaned: boolean; cut: boolean }][] = [
    ['plain text stays', 'Ask why.', 100, true, { text: 'Ask why.', cleaned: false, cut: false }],
    ['spaces are kept as typed', '  two  spaces ', 100, true, { text: '  two  spaces ', cleaned: false, cut: false }],
    ['line breaks are normalised', 'a\r\nb\rc', 100, true, { text: 'a\nb\nc', cleaned: false, cut: false }],
    ['a title is one line', 'a\nb\tc', 100, false, { text: 'a b c', cleaned: false, cut: false }],
    ['controls are removed', 'a\u0000b\u0007c\u009b', 100, true, { text: 'abc', cleaned: true, cut: false }],
    ['direction overrides are removed', '\u202Eevil\u2066', 100, true, { text: 'evil', cleaned: true, cut: false }],
    ['lone surrogates are removed', 'a\uD800b\uDFFF', 100, true, { text: 'ab', cleaned: true, cut: false }],
    ['markup is only text', '<b>hi</b>', 100, true, { text: '<b>hi</b>', cleaned: false, cut: false }],
    ['too long is cut', 'abcdef', 4, true, { text: 'abcd', cleaned: false, cut: true }],
    ['a cut never splits a character', 'ab😀', 3, true, { text: 'ab', cleaned: false, cut: true }],
    ['Chinese counts one unit a character', '涌现性与同质性', 3, true, { text: '涌现性', cleaned: false, cut: true }],
  ];
  for (const [name, raw, max, multiline, expected] of rows)
    it(name, () => assert.deepEqual(cleanText(raw, max, multiline), expected));
});

describe('step operations', () => {
  it('adds ideas in order, up to the limit', () => {
    assert.equal(order(lesson('emergence', 'uncertainty', 'bias')), 'emergence uncertainty bias');
    const full = lesson(...Array.from({ length: LESSON_LIMITS.steps + 3 }, (_, i) => `idea-${i}`));
    assert.equal(full.steps.length, LESSON_LIMITS.steps);
  });

  const rows: [string, (l: Lesson) => Lesson, string][] = [
    ['moves a step up', (l) => moveStep(l, 2, 1), 'a c b'],
    ['moves a step down', (l) => moveStep(l, 0, 1), 'b a c'],
    ['moves the last step first', (l) => moveStep(l, 2, 0), 'c a b'],
    ['ignores a move out of range', (l) => moveStep(l, 0, 3), 'a b c'],
    ['ignores a move from a negative index', (l) => moveStep(l, -1, 0), 'a b c'],
    ['removes a step', (l) => removeStep(l, 1), 'a c'],
    ['ignores removing a missing step', (l) => removeStep(l, 5), 'a b c'],
  ];
  for (const [name, op, expected] of rows) it(name, () => assert.equal(order(op(lesson('a', 'b', 'c'))), expected));

  it('edits a step’s title and note, cleaned and cut', () => {
    const l = editStep(lesson('a', 'b'), 1, { title: 'Why\nbias?', note: 'x'.repeat(LESSON_LIMITS.stepNote + 5) });
    assert.equal(l.steps[1]?.title, 'Why bias?');
    assert.equal(l.steps[1]?.note.length, LESSON_LIMITS.stepNote);
    assert.deepEqual(l.steps[0], { node: 'a', title: '', note: '' });
  });

  it('edits the lesson’s title, note and language', () => {
    const l = editLesson(lesson('a'), { title: 't'.repeat(500), note: 'n', lang: 'zh' });
    assert.equal(l.title.length, LESSON_LIMITS.title);
    assert.equal(l.note, 'n');
    assert.equal(l.lang, 'zh');
  });
});

describe('lessonFromTour', () => {
  it('takes one step per tour step, on its first idea, titled in the page’s language', () => {
    const tour = {
      title: { en: 'Traits', zh: '特性' },
      steps: [
        { title: { en: 'One', zh: '一' }, nodes: ['emergence', 'homogenization'] },
        { title: { en: 'Two', zh: '二' }, nodes: ['bias'] },
      ],
    };
    assert.deepEqual(lessonFromTour(tour, 'zh', '0.1.0'), {
      lang: 'zh',
      data: '0.1.0',
      title: '特性',
      note: '',
      steps: [
        { node: 'emergence', title: '一', note: '' },
        { node: 'bias', title: '二', note: '' },
      ],
    });
  });
});

describe('directRelations', () => {
  const node = (id: string) => ({
    id: nodeId(id),
    kind: 'challenge' as const,
    label: { en: id, zh: id },
    summary: { en: id, zh: id },
  });
  const edge = (
    source: string,
    kind: 'gives-rise-to' | 'addresses',
    target: string,
    stance: 'stated' | 'inferred',
  ) => ({
    id: edgeIdOf(`${source}--${kind}--${target}`),
    source: nodeId(source),
    target: nodeId(target),
    kind,
    stance,
  });
  const graph: ExplorerGraph = {
    nodes: ['a', 'b', 'c'].map(node),
    edges: [
      edge('b', 'addresses', 'a', 'inferred'),
      edge('a', 'gives-rise-to', 'b', 'stated'),
      edge('b', 'gives-rise-to', 'c', 'stated'),
    ],
  };
  it('finds the links both ways, stated first, read from the earlier idea', () => {
    assert.deepEqual(
      directRelations(graph, 'a', 'b').map((r) => `${r.edge.id} ${r.forward ? 'forward' : 'backward'}`),
      ['a--gives-rise-to--b forward', 'b--addresses--a backward'],
    );
  });
  it('finds nothing between unlinked ideas or an idea and itself', () => {
    assert.deepEqual(directRelations(graph, 'a', 'c'), []);
    assert.deepEqual(directRelations(graph, 'a', 'a'), []);
  });
});
