/**
 * Moodle GIFT (question bank → Import → GIFT format): a text file, one question per
 * block, blank lines between them. Multiple choice is `{=right ~wrong …}`, short answer
 * `{=one =other}`, general feedback `####…`, the category `$CATEGORY: $course$/top/…`,
 * and each question keeps its id in a `// [id:…]` comment (Moodle 3.5+ reads it as the
 * question's ID number). Text is HTML (`[html]`), escaped for HTML first and then for
 * GIFT, whose special characters ~ = # { } : and the backslash itself are written with a
 * backslash; line breaks would end a question, so none are written inside one.
 */
import { byCategory, escapeHtml, feedbackHtml, moodleCategory, type QuizItem, type QuizWords } from './quiz';

/** GIFT's special characters, each written with a backslash before it. */
export const escapeGift = (s: string) => s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

const text = (s: string) => escapeGift(escapeHtml(s));

function question(item: QuizItem, words: QuizWords): string {
  const answers =
    item.type === 'choice'
      ? item.options.map((o) => `${o.correct ? '=' : '~'}${text(o.text)}`)
      : item.answers.map((a) => `=${escapeGift(a)}`);
  return [
    `// [id:${item.id}]`,
    `::${text(item.name)}::[html]${text(item.stem)} {`,
    ...answers.map((a) => `\t${a}`),
    `\t####${escapeGift(feedbackHtml(item, words))}`,
    '}',
  ].join('\n');
}

/** One GIFT file: a comment header, then each category's questions after its $CATEGORY line. */
export function toGift(items: readonly QuizItem[], words: QuizWords, header: readonly string[]): string {
  const blocks: string[] = [header.map((h) => `// ${h.replace(/\r?\n/g, ' ')}`).join('\n')];
  for (const group of byCategory(items)) {
    blocks.push(`$CATEGORY: $course$/top/${moodleCategory(group.category)}`);
    for (const item of group.items) blocks.push(question(item, words));
  }
  return `${blocks.join('\n\n')}\n`;
}
