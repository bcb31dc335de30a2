/**
 * Checking an answer. A short answer is compared as a reader would: without regard to
 * case, spaces, punctuation or the kind of dash, and full-width forms read as half-width
 * ("Mirroring-effect", "mirroring effect." and "ｍｉｒｒｏｒｉｎｇ effect" are the same).
 * Answers in either language count, whichever language the page is in.
 */
import type { Question } from './schema';

/** The form two answers are compared in. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

export const sameAnswer = (a: string, b: string) => normalizeAnswer(a) === normalizeAnswer(b);

/** Whether `given` answers the question: an option index for a choice, text for a short answer. */
export function isRight(question: Question, given: number | string): boolean {
  if (question.type === 'choice') return given === question.answer;
  if (typeof given !== 'string' || normalizeAnswer(given) === '') return false;
  return [...question.answers.en, ...question.answers.zh].some((a) => sameAnswer(a, given));
}
