/**
 * The example lesson of the teachers' guide (and of the tests that play a lesson): three
 * real ideas with a teacher's notes, in the guide's language. Built from the data at build
 * time, so a removed idea fails the build here rather than leaving a broken example.
 */
import { lessonTeachStrings } from '@/content/messages/lesson-strings';
import type { Lesson } from '@/graph/lesson';
import type { Lang } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';

export const EXAMPLE_LESSON_IDEAS = ['large-scale-data-training', 'bias', 'fairness'] as const;

export function exampleLesson(lang: Lang, known?: ReadonlySet<string>): Lesson {
  const t = lessonTeachStrings(lang);
  for (const id of EXAMPLE_LESSON_IDEAS)
    if (known && !known.has(id)) throw new Error(`components/lessons/example-lesson.ts: no idea "${id}" in the graph`);
  return {
    lang,
    data: DATA_VERSION,
    title: t.exampleTitle,
    note: t.exampleNote,
    steps: EXAMPLE_LESSON_IDEAS.map((node, i) => ({ node, title: '', note: t.exampleSteps[i] ?? '' })),
  };
}
