/**
 * The question bank as a quiz tool reads it, in one language: each question with its
 * options or accepted answers, its category, and its feedback (our explanation, the
 * paper's words with their section, and a link to the idea's page). The GIFT, Moodle XML,
 * QTI and answer-sheet exporters all print these items, so they cannot disagree.
 *
 * The words the files print (the bank's name, "Section", group names) come from the build
 * script, so graph/ stays free of the UI dictionaries.
 */
import { excerpt } from '../excerpt';
import type { Question, Topic } from '../questions/schema';
import type { Lang, Level, Localized } from '../schema';
import type { ExportMeta } from './meta';

export interface QuizWords {
  /** The bank's name: the top category everything is imported into. */
  bank: string;
  /** "Section 2.2.1" / "第 2.2.1 节". */
  section: (section: string) => string;
  /** The link under the quotation: "Read more: …". */
  readMore: string;
  /** A group of derived questions without one level, by topic. */
  topics: Record<Topic, string>;
  levels: Record<Level, string>;
  /** The category of one tour's questions. */
  tour: (title: string) => string;
}

export interface QuizContext {
  lang: Lang;
  words: QuizWords;
  meta: ExportMeta;
  label: (id: string) => Localized | undefined;
  tourTitle: (id: string) => Localized | undefined;
}

export interface QuizItem {
  id: string;
  /** A short name for the question bank's list. */
  name: string;
  /** Category path below the course, e.g. ["Framework explorer", "Tour: From traits to risks"]. */
  category: string[];
  type: 'choice' | 'short';
  stem: string;
  options: { text: string; correct: boolean }[];
  /** Short answers accepted, this language's first, then the other's. */
  answers: string[];
  explanation: string;
  quote: { section: string; text: string };
  link: { url: string; label: string };
}

/** Which export a file is: the whole bank, or one tour's questions. */
export type QuizScope = { kind: 'all' } | { kind: 'tour'; id: string };

const NAME_MAX = 80;

function groupOf(q: Question, scope: QuizScope, ctx: QuizContext): string {
  const tour = (id: string) => ctx.words.tour(ctx.tourTitle(id)?.[ctx.lang] ?? id);
  if (scope.kind === 'tour') return tour(scope.id);
  if (q.origin === 'authored') return tour(q.tours[0] ?? '');
  const [only, ...more] = q.levels;
  return only && more.length === 0 ? ctx.words.levels[only] : ctx.words.topics[q.topic];
}

export function quizItems(questions: readonly Question[], scope: QuizScope, ctx: QuizContext): QuizItem[] {
  const { lang } = ctx;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return questions.map((q) => {
    const stem = q.stem[lang];
    const label = ctx.label(q.evidence.link)?.[lang] ?? q.evidence.link;
    return {
      id: q.id,
      name: stem.length > NAME_MAX ? `${excerpt(stem, NAME_MAX - 1)}…` : stem,
      category: [ctx.words.bank, groupOf(q, scope, ctx)],
      type: q.type,
      stem,
      options: q.type === 'choice' ? q.options.map((o, i) => ({ text: o.text[lang], correct: i === q.answer })) : [],
      answers: q.type === 'short' ? [...new Set([...q.answers[lang], ...q.answers[other]])] : [],
      explanation: q.explanation[lang],
      quote: { section: q.evidence.citation.section, text: q.evidence.citation.quote },
      link: { url: ctx.meta.nodeUrl(lang, q.evidence.link), label },
    };
  });
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The feedback every format shows after an answer, as HTML: the explanation, the paper's
 * words (Chinese, marked as such), the section, and a link to the idea's page.
 */
export function feedbackHtml(item: QuizItem, words: QuizWords): string {
  return (
    `<p>${escapeHtml(item.explanation)}</p>` +
    `<blockquote lang="zh-Hans"><p>${escapeHtml(item.quote.text)}</p></blockquote>` +
    `<p>${escapeHtml(words.section(item.quote.section))} · ` +
    `<a href="${escapeHtml(item.link.url)}">${escapeHtml(words.readMore)}: ${escapeHtml(item.link.label)}</a></p>`
  );
}

/** The same feedback as plain text (for the answer sheet's key and tests). */
export const feedbackText = (item: QuizItem, words: QuizWords) =>
  `${item.explanation} 「${item.quote.text}」 ${words.section(item.quote.section)} · ${words.readMore}: ${item.link.label} ${item.link.url}`;

/** A category path with "/" inside a name written as Moodle expects ("//"). */
export const moodleCategory = (path: readonly string[]) => path.map((p) => p.replace(/\//g, '//')).join('/');

/** The items grouped by category, the groups in order of first appearance (import tools create each category once). */
export function byCategory(items: readonly QuizItem[]): { category: string[]; items: QuizItem[] }[] {
  const groups = new Map<string, { category: string[]; items: QuizItem[] }>();
  for (const item of items) {
    const key = item.category.join('\u0000');
    const group = groups.get(key) ?? { category: item.category, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Text for xmlbuilder2. It escapes `<` and `>` but leaves an `&` that starts something
 * entity-like (`&lt;`, `&amp;`) as it is, which would turn the text "&lt;" into "<" for
 * a reader; so every `&` is written as `&amp;` here first, and the builder keeps it.
 */
export const xmlSafe = (s: string) => s.replace(/&/g, '&amp;');

/** A zip entry's date: the build date, but never before 1980, which the zip format cannot store. */
export const zipDate = (d: Date) => new Date(Math.max(d.getTime(), Date.UTC(1980, 0, 2)));
