/**
 * The question bank's downloads, called by build-exports: for each language, the whole
 * bank and each tour's questions as Moodle GIFT, Moodle XML, a QTI 1.2 package (Canvas),
 * a QTI 2.1 package (Blackboard and others) and a printable answer sheet.
 *
 *   .generated/questions.json  →  public/data/questions/<lang>/<all|tour-id>.<format>
 */
import fs from 'node:fs';
import path from 'node:path';
import { questionBankStrings } from '../content/messages/question-bank-strings';
import { loadQuestionBank } from '../content/questions';
import { loadTours } from '../content/tours';
import { answerSheet } from '../graph/exports/answer-sheet';
import { ALL_QUESTIONS, QUESTION_FORMATS, questionFile, type QuestionFormatKey } from '../graph/exports/downloads';
import { toGift } from '../graph/exports/gift';
import type { ExportMeta } from '../graph/exports/meta';
import { toMoodleXml, type MoodleWords } from '../graph/exports/moodle-xml';
import { qti12Package } from '../graph/exports/qti12';
import { qti21Package } from '../graph/exports/qti21';
import { quizItems, type QuizScope } from '../graph/exports/quiz';
import { selectQuestions } from '../graph/questions/bank';
import { LANGS, type Graph } from '../graph/schema';

export function writeQuestionExports(graph: Graph, meta: ExportMeta, dataDir: string): number {
  const bank = loadQuestionBank();
  const tours = loadTours();
  const outDir = path.join(dataDir, 'questions');
  // Start clean, so a removed tour leaves no stale file behind.
  fs.rmSync(outDir, { recursive: true, force: true });
  const stamp = new Date(meta.built);
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
  const tourTitle = (id: string) => tours.find((t) => t.id === id)?.title;
  let written = 0;
  for (const lang of LANGS) {
    const w = questionBankStrings(lang);
    const words: MoodleWords = w;
    const scopes: { scope: QuizScope; file: string; name: string }[] = [
      { scope: { kind: 'all' }, file: ALL_QUESTIONS, name: w.allScope },
      ...tours.map((t) => ({ scope: { kind: 'tour' as const, id: t.id }, file: t.id, name: t.title[lang] })),
    ];
    for (const { scope, file, name } of scopes) {
      const questions = scope.kind === 'all' ? bank.questions : selectQuestions(bank.questions, { tour: scope.id });
      const items = quizItems(questions, scope, { lang, words, meta, label, tourTitle });
      const title = w.packageTitle(name);
      const header = [title, `${meta.site}/${lang}/practice/`, `version ${meta.version}, built ${meta.built}`];
      const id = `framework-${lang}-${file}`;
      const make: Record<QuestionFormatKey, () => string | Uint8Array> = {
        gift: () => toGift(items, words, header),
        moodleXml: () => toMoodleXml(items, words, header.join(' · ')),
        qti12: () => qti12Package(id, title, items, words, stamp),
        qti21: () => qti21Package(id, title, items, lang, words, stamp),
        sheet: () =>
          answerSheet(
            items,
            lang === 'zh' ? 'zh-Hans' : 'en',
            words,
            { ...w.sheet, title: w.sheet.title(name) },
            `${meta.site}/${lang}/practice/ · ${meta.version}`,
          ),
      };
      for (const format of QUESTION_FORMATS) {
        const target = path.join(dataDir, questionFile(lang, file, format));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, make[format.key]());
        written += 1;
      }
    }
  }
  return written;
}
