/** A lesson in an address and in a file: what is written, what is read back, and what is named. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync, strToU8 } from 'fflate';
import {
  LESSON_PARAM,
  MAX_ENCODED,
  decodeLesson,
  encodeLesson,
  lessonFileText,
  lessonQuery,
  parseLessonFile,
  parseLessonQuery,
  type LessonProblem,
} from './lesson-codec';
import { LESSON_FORMAT, LESSON_LIMITS, type Lesson } from './lesson';

const ctx = { nodeIds: new Set(['emergence', 'uncertainty', 'bias']), lang: 'en' as const };
const lesson: Lesson = {
  lang: 'zh',
  data: '0.1.0',
  title: '涌现与偏见',
  note: '第一课。\n请先读摘要。',
  steps: [
    { node: 'emergence', title: '从涌现开始', note: '问学生：哪些能力是“涌现”的？' },
    { node: 'uncertainty', title: '', note: '' },
    { node: 'bias', title: 'Bias', note: '' },
  ],
};
/** Writes a value the way the encoder does, from any JSON, to test what the reader makes of it. */
const packed = (json: string) => `1.${Buffer.from(deflateSync(strToU8(json))).toString('base64url')}`;
const kinds = (problems: LessonProblem[]) => problems.map((p) => p.type);

describe('the address', () => {
  it('round-trips a lesson exactly', () => {
    assert.deepEqual(decodeLesson(encodeLesson(lesson), ctx), { lesson, problems: [] });
  });

  it('is short: a three-step lesson without notes makes a value under 100 characters, URL-safe', () => {
    const plain: Lesson = {
      ...lesson,
      title: 'Emergence',
      note: '',
      steps: lesson.steps.map((s) => ({ ...s, title: '', note: '' })),
    };
    const value = encodeLesson(plain);
    assert.ok(value.length < 100, `${value.length} characters`);
    assert.match(value, /^1\.[A-Za-z0-9_-]+$/);
    assert.equal(encodeURIComponent(value), value);
  });

  it('writes the step only past the first', () => {
    assert.ok(lessonQuery(lesson).startsWith(`?${LESSON_PARAM}=1.`));
    assert.ok(!lessonQuery(lesson, 1).includes('step'));
    assert.ok(lessonQuery(lesson, 3).endsWith('&step=3'));
  });

  it('keeps an idea the site no longer has as a step that says so, with the teacher’s note', () => {
    const old = { ...lesson, steps: [...lesson.steps, { node: 'retired-idea', title: '', note: 'keep me' }] };
    const r = decodeLesson(encodeLesson(old), ctx);
    assert.deepEqual(r.lesson, old);
    assert.deepEqual(r.problems, [{ type: 'missing-node', step: 4, id: 'retired-idea' }]);
  });

  const unreadable: [string, string, string][] = [
    ['an empty value', '', 'empty'],
    ['a value longer than any lesson', `1.${'A'.repeat(MAX_ENCODED)}`, 'too-long'],
    ['no version', 'abc', 'encoding'],
    ['a value cut mid-character', '1.A', 'encoding'],
    ['characters outside the alphabet', '1.<script>', 'encoding'],
    ['broken compressed data', '1.AAAA', 'compression'],
    ['not JSON', packed('{not json'), 'json'],
    ['JSON that is not a list', packed('{"a":1}'), 'not-a-lesson'],
  ];
  for (const [name, value, reason] of unreadable)
    it(`names ${name} as unreadable (${reason})`, () => {
      const r = decodeLesson(value, ctx);
      assert.equal(r.lesson, null);
      assert.deepEqual(r.problems.at(-1), { type: 'unreadable', reason });
    });

  it('says a link was made by a newer version when it cannot read it', () => {
    assert.deepEqual(decodeLesson('2.zzzz', ctx).problems, [
      { type: 'newer', version: 2 },
      { type: 'unreadable', reason: 'compression' },
    ]);
  });

  it('stops at a fixed size however far the data would unpack', () => {
    const bomb = packed(`["${'x'.repeat(2_000_000)}"]`);
    assert.ok(bomb.length < 10_000);
    assert.deepEqual(decodeLesson(bomb, ctx).problems, [{ type: 'unreadable', reason: 'too-large' }]);
  });

  it('reads what it can of a damaged lesson and names the rest', () => {
    const json = JSON.stringify([
      7,
      'fr',
      { t: 1 },
      'ok\u202E',
      [['emergence', 'x'.repeat(500)], 'bad', [42], ['bias', null, ['no']], ['<img src=x onerror=alert(1)>']],
      'extra',
    ]);
    const r = decodeLesson(packed(json), ctx);
    assert.deepEqual(r.lesson, {
      lang: 'en',
      data: '',
      title: '',
      note: 'ok',
      steps: [
        { node: 'emergence', title: 'x'.repeat(LESSON_LIMITS.stepTitle), note: '' },
        { node: '', title: '', note: '' },
        { node: '', title: '', note: '' },
        { node: 'bias', title: '', note: '' },
        { node: '<img src=x onerror=alert(1)>', title: '', note: '' },
      ],
    });
    assert.deepEqual(r.problems, [
      { type: 'unknown-field', field: '#6' },
      { type: 'invalid', field: 'lang', expected: 'lang', found: '"fr"' },
      { type: 'invalid', field: 'data', expected: 'version', found: 'number' },
      { type: 'invalid', field: 'title', expected: 'text', found: 'object' },
      { type: 'cleaned', field: 'note' },
      { type: 'cut', step: 1, field: 'title', max: LESSON_LIMITS.stepTitle },
      { type: 'invalid', step: 2, field: 'step', expected: 'object', found: '"bad"' },
      { type: 'invalid', step: 3, field: 'node', expected: 'id', found: 'number' },
      { type: 'invalid', step: 4, field: 'title', expected: 'text', found: 'null' },
      { type: 'invalid', step: 4, field: 'note', expected: 'text', found: 'list' },
      { type: 'missing-node', step: 5, id: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('keeps the first steps of a lesson with too many, and says how many there were', () => {
    const steps = Array.from({ length: LESSON_LIMITS.steps + 5 }, () => ['bias']);
    const r = decodeLesson(packed(JSON.stringify(['0.1.0', 'en', '', '', steps])), ctx);
    assert.equal(r.lesson?.steps.length, LESSON_LIMITS.steps);
    assert.deepEqual(r.problems, [
      { type: 'too-many-steps', max: LESSON_LIMITS.steps, found: LESSON_LIMITS.steps + 5 },
    ]);
  });
});

describe('parseLessonQuery', () => {
  const q = lessonQuery(lesson, 2);
  const rows: [string, string, number, string[]][] = [
    ['a lesson and its step', q, 2, []],
    ['other parameters left alone', `${q}&utm_source=lms`, 2, []],
    ['a step out of range', `${lessonQuery(lesson)}&step=9`, 1, ['bad-step-param']],
    ['a step that is not a number', `${lessonQuery(lesson)}&step=two`, 1, ['bad-step-param']],
    ['a repeated lesson', `${q}&lesson=1.AAAA`, 2, ['repeated']],
    ['no lesson at all', '?step=2', 1, []],
  ];
  for (const [name, search, step, problems] of rows)
    it(`reads ${name}`, () => {
      const r = parseLessonQuery(search, ctx);
      assert.equal(r.step, step);
      assert.deepEqual(kinds(r.problems), problems);
    });
  it('has no lesson when the address has none', () => assert.equal(parseLessonQuery('', ctx).lesson, null));
});

describe('the file', () => {
  it('round-trips a lesson exactly, as readable JSON', () => {
    const text = lessonFileText(lesson);
    assert.ok(text.includes(`"format": "${LESSON_FORMAT}"`));
    assert.ok(text.includes('问学生'));
    assert.deepEqual(parseLessonFile(text, ctx), { lesson, problems: [] });
  });

  const unreadable: [string, string, string][] = [
    ['an empty file', ' ', 'empty'],
    ['a file that is not JSON', 'title: x', 'json'],
    ['JSON without the format', '{"title":"x","steps":[]}', 'not-a-lesson'],
    ['a list', '[]', 'not-a-lesson'],
  ];
  for (const [name, text, reason] of unreadable)
    it(`names ${name} as unreadable`, () =>
      assert.deepEqual(parseLessonFile(text, ctx), { lesson: null, problems: [{ type: 'unreadable', reason }] }));

  it('names every problem of a damaged file and keeps the rest', () => {
    const text = JSON.stringify({
      format: LESSON_FORMAT,
      version: 3,
      lang: 'zh',
      title: 'T',
      steps: [{ node: 'bias', note: 'n', colour: 'red' }, { title: 'no node' }],
      __proto__: { polluted: true },
      author: 'me',
    });
    const r = parseLessonFile(text, ctx);
    assert.deepEqual(r.lesson, {
      lang: 'zh',
      data: '',
      title: 'T',
      note: '',
      steps: [
        { node: 'bias', title: '', note: 'n' },
        { node: '', title: 'no node', note: '' },
      ],
    });
    assert.deepEqual(r.problems, [
      { type: 'newer', version: 3 },
      { type: 'unknown-field', field: 'author' },
      { type: 'invalid', field: 'data', expected: 'version', found: 'undefined' },
      { type: 'invalid', field: 'note', expected: 'text', found: 'undefined' },
      { type: 'unknown-field', step: 1, field: 'colour' },
      { type: 'invalid', step: 1, field: 'title', expected: 'text', found: 'undefined' },
      { type: 'invalid', step: 2, field: 'node', expected: 'id', found: 'undefined' },
      { type: 'invalid', step: 2, field: 'note', expected: 'text', found: 'undefined' },
    ]);
    assert.equal(Object.prototype.hasOwnProperty.call({}, 'polluted'), false);
  });
});
