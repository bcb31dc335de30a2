/**
 * Moodle XML (question bank → Import → Moodle XML format): `<quiz>` with a category
 * "question" before each group, then `multichoice` (one right answer, shuffled, numbered
 * a b c) and `shortanswer` (case-insensitive) questions. Texts are HTML, written as XML
 * text by the builder (so `<`, `&` are escaped once, as Moodle expects); each question
 * carries its id as `idnumber`, one mark, general feedback with the paper's words, and
 * per-answer feedback saying right or wrong.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { byCategory, escapeHtml, feedbackHtml, moodleCategory, type QuizItem, type QuizWords, xmlSafe } from './quiz';

export interface MoodleWords extends QuizWords {
  right: string;
  wrong: string;
}

const html = (parent: XMLBuilder, name: string, body: string) =>
  parent.ele(name, { format: 'html' }).ele('text').txt(xmlSafe(body)).up().up();

function choice(q: XMLBuilder, item: QuizItem, words: MoodleWords) {
  q.ele('single').txt('true');
  q.ele('shuffleanswers').txt('true');
  q.ele('answernumbering').txt('abc');
  html(q, 'correctfeedback', `<p>${escapeHtml(words.right)}</p>`);
  html(q, 'partiallycorrectfeedback', '');
  html(q, 'incorrectfeedback', `<p>${escapeHtml(words.wrong)}</p>`);
  for (const o of item.options) {
    const a = q.ele('answer', { fraction: o.correct ? '100' : '0', format: 'html' });
    a.ele('text').txt(xmlSafe(`<p>${escapeHtml(o.text)}</p>`));
    html(a, 'feedback', `<p>${escapeHtml(o.correct ? words.right : words.wrong)}</p>`);
  }
}

function short(q: XMLBuilder, item: QuizItem, words: MoodleWords) {
  q.ele('usecase').txt('0');
  for (const answer of item.answers) {
    const a = q.ele('answer', { fraction: '100', format: 'moodle_auto_format' });
    a.ele('text').txt(xmlSafe(answer));
    html(a, 'feedback', `<p>${escapeHtml(words.right)}</p>`);
  }
}

export function toMoodleXml(items: readonly QuizItem[], words: MoodleWords, comment: string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('quiz');
  root.com(` ${comment.replace(/--/g, '—')} `);
  for (const group of byCategory(items)) {
    root
      .ele('question', { type: 'category' })
      .ele('category')
      .ele('text')
      .txt(xmlSafe(`$course$/top/${moodleCategory(group.category)}`));
    for (const item of group.items) {
      const q = root.ele('question', { type: item.type === 'choice' ? 'multichoice' : 'shortanswer' });
      q.ele('name').ele('text').txt(xmlSafe(item.name));
      html(q, 'questiontext', `<p>${escapeHtml(item.stem)}</p>`);
      html(q, 'generalfeedback', feedbackHtml(item, words));
      q.ele('defaultgrade').txt('1');
      q.ele('penalty').txt('0.3333333');
      q.ele('hidden').txt('0');
      q.ele('idnumber').txt(xmlSafe(item.id));
      if (item.type === 'choice') choice(q, item, words);
      else short(q, item, words);
    }
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
