/**
 * A teacher's lesson (issue 16): an ordered path through the framework, one idea per step,
 * with the teacher's own title and note for the whole lesson and for each step. This module
 * is the model and its pure operations; `lesson-codec.ts` writes a lesson into an address
 * or a file and reads it back from anything.
 *
 * The teacher's words are plain text in the language they wrote them in (`lang`): the site
 * shows them as text, never as markup, and keeps them as written when the page's language
 * changes. Each text has a length limit, so a lesson stays small enough to live in a link.
 */
import type { ExplorerEdge, ExplorerGraph } from './explorer-data';
import { excerpt } from './excerpt';
import type { Lang } from './schema';

/** What a lesson file says it is, so another JSON file is recognised as not a lesson. */
export const LESSON_FORMAT = 'framework-explorer-lesson';
/** The version of the lesson format (the file's `version`, the address's prefix). */
export const LESSON_VERSION = 1;

/** Lengths in UTF-16 units, as a text field's `maxlength` counts them. */
export const LESSON_LIMITS = {
  title: 120,
  note: 2000,
  stepTitle: 120,
  stepNote: 1000,
  steps: 40,
} as const;

/**
 * Some course platforms' link fields and HTML sanitizers keep about this many characters
 * of an address: a longer lesson link is announced, with the file offered instead.
 */
export const LINK_WARN_LENGTH = 2000;

export interface LessonStep {
  /** A node id; it may name an idea that no longer exists (an old link), shown as such. */
  node: string;
  /** The teacher's title for the step; empty shows the idea's name. */
  title: string;
  note: string;
}

export interface Lesson {
  /** The language the teacher wrote the title and notes in. */
  lang: Lang;
  /** The data version the lesson was made with (graph/version.ts). */
  data: string;
  title: string;
  note: string;
  steps: LessonStep[];
}

export const emptyLesson = (lang: Lang, data: string): Lesson => ({ lang, data, title: '', note: '', steps: [] });

/** C0 and C1 controls (but tab, line feed and carriage return) and the bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /\p{Cs}/gu;

export interface CleanText {
  text: string;
  /** Characters that cannot be shown (controls, direction overrides, broken pairs) were removed. */
  cleaned: boolean;
  /** The text was longer than its limit and was cut. */
  cut: boolean;
}

/**
 * A teacher's text made safe to keep and show: line breaks normalised, invisible controls
 * and broken characters removed, one line for a title, and cut to `max` without splitting
 * a character. Nothing else changes: spaces are kept, so what the teacher types stays.
 */
export function cleanText(raw: string, max: number, multiline: boolean): CleanText {
  const lines = raw.replace(/\r\n?/g, '\n');
  const oneLine = multiline ? lines : lines.replace(/[\n\t]/g, ' ');
  const text = oneLine.replace(CONTROLS, '').replace(LONE_SURROGATE, '');
  const cut = excerpt(text, max);
  return { text: cut, cleaned: text !== oneLine, cut: cut.length < text.length };
}

export const cleanTitle = (raw: string, max: number = LESSON_LIMITS.title) => cleanText(raw, max, false).text;
export const cleanNote = (raw: string, max: number = LESSON_LIMITS.note) => cleanText(raw, max, true).text;

/** Appends an idea; a lesson already at its limit is returned unchanged. */
export function addStep(lesson: Lesson, node: string): Lesson {
  if (lesson.steps.length >= LESSON_LIMITS.steps) return lesson;
  return { ...lesson, steps: [...lesson.steps, { node, title: '', note: '' }] };
}

/** Moves the step at `from` to `to` (0-based); an index out of range changes nothing. */
export function moveStep(lesson: Lesson, from: number, to: number): Lesson {
  const n = lesson.steps.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return lesson;
  const steps = [...lesson.steps];
  const [moved] = steps.splice(from, 1);
  if (!moved) return lesson;
  steps.splice(to, 0, moved);
  return { ...lesson, steps };
}

export function removeStep(lesson: Lesson, index: number): Lesson {
  if (index < 0 || index >= lesson.steps.length) return lesson;
  return { ...lesson, steps: lesson.steps.filter((_, i) => i !== index) };
}

/** Sets a step's title or note, cleaned and cut to its limit. */
export function editStep(lesson: Lesson, index: number, patch: Partial<Pick<LessonStep, 'title' | 'note'>>): Lesson {
  const step = lesson.steps[index];
  if (!step) return lesson;
  const next: LessonStep = {
    ...step,
    ...(patch.title !== undefined ? { title: cleanTitle(patch.title, LESSON_LIMITS.stepTitle) } : {}),
    ...(patch.note !== undefined ? { note: cleanNote(patch.note, LESSON_LIMITS.stepNote) } : {}),
  };
  return { ...lesson, steps: lesson.steps.map((s, i) => (i === index ? next : s)) };
}

/** Sets the lesson's title or note, cleaned and cut to its limit. */
export function editLesson(lesson: Lesson, patch: Partial<Pick<Lesson, 'title' | 'note' | 'lang'>>): Lesson {
  return {
    ...lesson,
    ...(patch.title !== undefined ? { title: cleanTitle(patch.title) } : {}),
    ...(patch.note !== undefined ? { note: cleanNote(patch.note) } : {}),
    ...(patch.lang !== undefined ? { lang: patch.lang } : {}),
  };
}

/** What "copy this tour" needs of a tour. */
export interface TourOutline {
  title: Record<Lang, string>;
  steps: readonly { title: Record<Lang, string>; nodes: readonly string[] }[];
}

/**
 * A lesson that starts as a copy of a tour: one step per tour step, on the step's first
 * (main) idea, titled as the tour titles it, in the page's language. The teacher then
 * adds, removes and annotates.
 */
export function lessonFromTour(tour: TourOutline, lang: Lang, data: string): Lesson {
  const steps = tour.steps.flatMap((s): LessonStep[] => {
    const node = s.nodes[0];
    return node === undefined ? [] : [{ node, title: cleanTitle(s.title[lang], LESSON_LIMITS.stepTitle), note: '' }];
  });
  return { lang, data, title: cleanTitle(tour.title[lang]), note: '', steps: steps.slice(0, LESSON_LIMITS.steps) };
}

/** A link between two consecutive steps, read from the earlier idea to the later one. */
export interface StepRelation {
  edge: ExplorerEdge;
  /** True when the edge runs from the earlier idea to the later one. */
  forward: boolean;
}

/**
 * The links that join the previous step's idea to this one, directly, in either direction
 * (stated links first, then the editors' inferences), for the sentences under each step.
 */
export function directRelations(graph: ExplorerGraph, previous: string, current: string): StepRelation[] {
  if (previous === current) return [];
  return graph.edges
    .filter((e) => (e.source === previous && e.target === current) || (e.source === current && e.target === previous))
    .map((edge) => ({ edge, forward: edge.source === previous }))
    .sort((a, b) => Number(a.edge.stance === 'inferred') - Number(b.edge.stance === 'inferred'));
}
