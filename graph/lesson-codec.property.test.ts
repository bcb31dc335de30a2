/**
 * Properties of the lesson readers (issue 16, "hostile input"): a lesson address or file
 * from anywhere never throws, always gives a lesson within its limits made of clean text
 * (or none, said so), names every problem, and reads back exactly what the site wrote.
 * Whether a value can inject markup is a property of the page that shows it: see
 * components/lessons/lesson-render.property.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { LESSON_FORMAT, LESSON_LIMITS, LESSON_VERSION, cleanText, type Lesson } from './lesson';
import {
  LessonFileSchema,
  SHOWN,
  decodeLesson,
  encodeLesson,
  lessonFile,
  lessonFileText,
  lessonQuery,
  parseLessonFile,
  parseLessonQuery,
  type LessonProblem,
  type ReadLesson,
} from './lesson-codec';
import { LANGS } from './schema';
import {
  NASTY_KEYS,
  PROPERTY_RUNS,
  decodedEntries,
  expectCleanPrototypes,
  hostileQuery,
  hostileText,
  isWellFormed,
} from './test-arbitraries';

const KNOWN = ['emergence', 'uncertainty', 'bias', 'privacy-and-security', 'fine-tuning'];
const ctx = { nodeIds: new Set(KNOWN), lang: 'en' as const };

/** Text a teacher could have typed: anything, cleaned and cut as the builder does. */
const typed = (max: number, multiline: boolean) =>
  fc.oneof(hostileText, fc.string({ unit: 'grapheme', maxLength: max })).map((s) => cleanText(s, max, multiline).text);

const validLesson: fc.Arbitrary<Lesson> = fc
  .record({
    lang: fc.constantFrom(...LANGS),
    data: fc.constantFrom('0.1.0', '0.2.0', '1.0.0'),
    title: typed(LESSON_LIMITS.title, false),
    note: typed(LESSON_LIMITS.note, true),
    steps: fc.array(
      fc.record({
        node: fc.constantFrom(...KNOWN),
        title: typed(LESSON_LIMITS.stepTitle, false),
        note: typed(LESSON_LIMITS.stepNote, true),
      }),
      { maxLength: LESSON_LIMITS.steps },
    ),
  })
  // Plain objects, as the readers make them (fast-check's records have no prototype).
  .map((l) => ({ ...l, steps: l.steps.map((s) => ({ ...s })) }));

/** Any JSON value, with hostile strings and keys among its leaves. */
const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.constantFrom(...KNOWN),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...NASTY_KEYS, 'node', 'title', 'note'), hostileText), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

/** A value an address could carry: a real lesson, one damaged, hostile JSON packed right, or junk. */
const pack = (value: unknown) =>
  `1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value) ?? 'null'))).toString('base64url')}`;
const tuple = fc.tuple(
  json,
  json,
  json,
  json,
  fc.array(fc.oneof(json, fc.array(json, { maxLength: 4 })), { maxLength: 8 }),
);
const lessonValue: fc.Arbitrary<string> = fc.oneof(
  validLesson.map(encodeLesson),
  fc
    .tuple(validLesson.map(encodeLesson), fc.nat(), fc.string({ maxLength: 3 }))
    .map(([v, at, junk]) => v.slice(0, at % (v.length + 1)) + junk + v.slice(at % (v.length + 1))),
  tuple.map(pack),
  json.map(pack),
  hostileText,
);

function assertClean(text: string, max: number, multiline: boolean, what: string) {
  assert.ok(text.length <= max, `${what} is within ${max}: ${text.length}`);
  assert.equal(cleanText(text, max, multiline).text, text, `${what} is clean text`);
}

/** What every reader promises, whatever it was given. */
function assertSound({ lesson, problems }: ReadLesson, given = true) {
  if (lesson === null) {
    if (given)
      assert.ok(
        problems.some((p) => p.type === 'unreadable'),
        'no lesson is always explained',
      );
  } else {
    assert.ok(LANGS.includes(lesson.lang));
    assertClean(lesson.title, LESSON_LIMITS.title, false, 'the title');
    assertClean(lesson.note, LESSON_LIMITS.note, true, 'the note');
    assertClean(lesson.data, 40, false, 'the data version');
    assert.ok(lesson.steps.length <= LESSON_LIMITS.steps);
    lesson.steps.forEach((s, i) => {
      assertClean(s.title, LESSON_LIMITS.stepTitle, false, `step ${i + 1}'s title`);
      assertClean(s.note, LESSON_LIMITS.stepNote, true, `step ${i + 1}'s note`);
      assert.ok(s.node.length <= SHOWN && isWellFormed(s.node));
      // An idea the site does not have is always named, under the same step number.
      if (!ctx.nodeIds.has(s.node))
        assert.ok(
          problems.some(
            (p) =>
              (p.type === 'missing-node' && p.step === i + 1 && p.id === s.node) ||
              (p.type === 'invalid' && p.step === i + 1 && (p.field === 'node' || p.field === 'step')),
          ),
          `step ${i + 1} (${s.node}) is named`,
        );
    });
  }
  for (const p of problems) assertShowable(p);
  expectCleanPrototypes();
}

/** Every value a problem quotes back is short, readable text. */
function assertShowable(p: LessonProblem) {
  for (const v of Object.values(p))
    if (typeof v === 'string')
      assert.ok(v.length <= SHOWN + 2 && isWellFormed(v), `problem quotes ${JSON.stringify(v)}`);
}

describe('a lesson address from anywhere', () => {
  it('never throws, gives a sound lesson or says why not, and a step in range', () => {
    fc.assert(
      fc.property(hostileQuery(['lesson', 'step'], fc.oneof(lessonValue, hostileText)), (q) => {
        const r = parseLessonQuery(q, ctx);
        const given = decodedEntries(q).some(([k]) => k === 'lesson');
        assertSound(r, given);
        assert.ok(Number.isInteger(r.step) && r.step >= 1 && r.step <= Math.max(1, r.lesson?.steps.length ?? 1));
        if (!given) assert.equal(r.lesson, null, 'no lesson parameter, no lesson');
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back exactly the lesson and step the site wrote, whatever else the address carries', () => {
    fc.assert(
      fc.property(validLesson, fc.nat(), hostileQuery(['utm_source', 'x']), (lesson, n, other) => {
        const step = lesson.steps.length === 0 ? 1 : (n % lesson.steps.length) + 1;
        const params = new URLSearchParams(other);
        params.delete('lesson');
        params.delete('step');
        for (const [k, v] of new URLSearchParams(lessonQuery(lesson, step).slice(1))) params.set(k, v);
        const r = parseLessonQuery(`?${params.toString()}`, ctx);
        assert.deepEqual(r, { lesson, step, problems: [] });
      }),
      PROPERTY_RUNS,
    );
  });

  it('reports a problem whenever the packed list is not exactly what the site writes', () => {
    fc.assert(
      fc.property(tuple, (t) => {
        const r = decodeLesson(pack(t), ctx);
        assertSound(r);
        // Written by the site, the lesson's list reads back with no problem; anything else names one.
        if (r.problems.length === 0 && r.lesson) assert.equal(encodeLesson(r.lesson), encodeLesson(strict(t)));
      }),
      PROPERTY_RUNS,
    );
  });
});

/** The tuple read with no leniency at all: fails on anything the site would not have written. */
function strict(t: unknown[]): Lesson {
  const [data, lang, title, note, steps] = t;
  const file = LessonFileSchema.parse({
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    data,
    lang,
    title,
    note,
    steps: (steps as unknown[]).map((s) => {
      const [node, stepTitle = '', stepNote = ''] = s as unknown[];
      return { node, title: stepTitle, note: stepNote };
    }),
  });
  return { ...file, steps: file.steps.map((s) => ({ ...s })) };
}

/** A file the site wrote, then damaged: a field replaced, removed, or added. */
const damagedFile = fc
  .tuple(
    validLesson,
    fc.constantFrom(
      ...Object.keys(lessonFile({ lang: 'en', data: '', title: '', note: '', steps: [] })),
      '__proto__',
      'extra',
    ),
    fc.option(json),
    fc.boolean(),
  )
  .map(([lesson, key, value, inStep]) => {
    const file: Record<string, unknown> = { ...lessonFile(lesson) };
    const target: Record<string, unknown> =
      inStep && lesson.steps.length > 0 ? { ...lessonFile(lesson).steps[0] } : file;
    if (value === null) delete target[key];
    else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    if (target !== file) file.steps = [target, ...lessonFile(lesson).steps.slice(1)];
    return JSON.stringify(file);
  });

describe('a lesson file from anywhere', () => {
  it('never throws, gives a sound lesson or says why not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          damagedFile,
          json.map((v) => JSON.stringify(v) ?? ''),
          json.map((v) => JSON.stringify({ format: LESSON_FORMAT, version: 1, steps: [v], title: v })),
          hostileText,
        ),
        (text) => assertSound(parseLessonFile(text, ctx)),
      ),
      PROPERTY_RUNS,
    );
  });

  it('reads a file the site wrote exactly, and names a problem for any file that differs from one', () => {
    fc.assert(
      fc.property(fc.oneof(validLesson.map(lessonFileText), damagedFile), (text) => {
        const r = parseLessonFile(text, ctx);
        assertSound(r);
        const exact = LessonFileSchema.safeParse(JSON.parse(text));
        const written =
          exact.success && r.lesson ? JSON.stringify(lessonFile(r.lesson)) === JSON.stringify(exact.data) : false;
        if (r.problems.length === 0)
          assert.ok(written && JSON.stringify(JSON.parse(text)) === JSON.stringify(exact.data), text);
        else
          assert.ok(
            !written || r.problems.every((p) => p.type === 'missing-node'),
            `${text} ${JSON.stringify(r.problems)}`,
          );
      }),
      PROPERTY_RUNS,
    );
  });
});
