/**
 * The questions as the practice pages hand them to the player: in the page's language,
 * each with the name of the idea its feedback links to. Read at build time.
 */
import { loadQuestionBank } from '@/content/questions';
import { selectQuestions, type Selection } from '@/graph/questions/bank';
import { toPractice, type PracticeQuestion } from '@/graph/questions/practice';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';

export function practiceQuestions(lang: Lang, selection: Selection = {}): PracticeQuestion[] {
  const index = loadGraph();
  const label = (id: string) => index.node.get(id)?.label;
  return selectQuestions(loadQuestionBank().questions, selection).map((q) => toPractice(q, lang, label));
}
