/**
 * A question as the practice player needs it, in one language: small and plain, so a
 * page or an embed can carry many of them. The right answer travels with the question —
 * practice is for learning, and the paper's words are shown right after each answer.
 */
import { z } from 'zod';
import { Level, type Lang, type Localized } from '../schema';
import { normalizeAnswer } from './answer';
import type { Question } from './schema';

export const PracticeQuestion = z.strictObject({
  id: z.string(),
  type: z.enum(['choice', 'short']),
  origin: z.enum(['derived', 'authored']),
  stem: z.string(),
  options: z.array(z.string()),
  /** The right option's index (choice). */
  answer: z.number().int(),
  /** Every accepted answer, in both languages (short). */
  answers: z.array(z.string()),
  explanation: z.string(),
  quote: z.string(),
  section: z.string(),
  /** The idea the feedback links to, and its name. */
  link: z.string(),
  linkLabel: z.string(),
  tours: z.array(z.string()),
  levels: z.array(Level),
  nodes: z.array(z.string()),
});
export type PracticeQuestion = z.infer<typeof PracticeQuestion>;

/** The file an embed fetches: one language's questions. */
export const PracticeFile = z.strictObject({
  version: z.string(),
  lang: z.string(),
  questions: z.array(PracticeQuestion),
});

export function toPractice(q: Question, lang: Lang, label: (id: string) => Localized | undefined): PracticeQuestion {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return {
    id: q.id,
    type: q.type,
    origin: q.origin,
    stem: q.stem[lang],
    options: q.type === 'choice' ? q.options.map((o) => o.text[lang]) : [],
    answer: q.type === 'choice' ? q.answer : -1,
    answers: q.type === 'short' ? [...new Set([...q.answers[lang], ...q.answers[other]])] : [],
    explanation: q.explanation[lang],
    quote: q.evidence.citation.quote,
    section: q.evidence.citation.section,
    link: q.evidence.link,
    linkLabel: label(q.evidence.link)?.[lang] ?? q.evidence.link,
    tours: q.tours,
    levels: q.levels,
    nodes: q.nodes,
  };
}

/** Whether `given` answers it: an option's index for a choice, text for a short answer. */
export function answersRight(q: PracticeQuestion, given: number | string): boolean {
  if (q.type === 'choice') return given === q.answer;
  if (typeof given !== 'string' || normalizeAnswer(given) === '') return false;
  const g = normalizeAnswer(given);
  return q.answers.some((a) => normalizeAnswer(a) === g);
}

/** The right answer as text: the option, or the accepted answers. */
export const rightAnswerText = (q: PracticeQuestion) =>
  q.type === 'choice' ? (q.options[q.answer] ?? '') : q.answers.join(' / ');
