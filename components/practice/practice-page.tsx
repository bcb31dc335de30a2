import Link from 'next/link';
import { questionBankStrings } from '@/content/messages/question-bank-strings';
import { practiceStrings } from '@/content/messages/practice-strings';
import { loadTours } from '@/content/tours';
import { loadGraph } from '@/graph/load';
import { LEVELS, type Lang } from '@/graph/schema';
import { paths } from '../paths';
import { PracticeApp } from './practice-app';
import { practiceQuestions } from './practice-data';
import { StaticQuestions } from './static-questions';
import './practice.css';

/**
 * `/{lang}/practice/`: practice with cited feedback, narrowed by `?tour=`, `?level=` and
 * `?node=`. Every question and its answer is in the page, so it reads without JavaScript.
 */
export function PracticePage({ lang }: { lang: Lang }) {
  const t = practiceStrings(lang);
  const questions = practiceQuestions(lang);
  const tours = loadTours().map((x) => ({ id: x.id, title: x.title[lang] }));
  const levels = Object.fromEntries(LEVELS.map((l) => [l, questionBankStrings(lang).levels[l]]));
  const nodeLabels = Object.fromEntries(loadGraph().graph.nodes.map((n) => [n.id, n.label[lang]]));
  return (
    <article className="practice-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>
        <Link href={`${paths.teach(lang)}#questions`}>{t.teachers}</Link>
      </p>
      <PracticeApp lang={lang} questions={questions} tours={tours} levels={levels} nodeLabels={nodeLabels}>
        <StaticQuestions questions={questions} t={t} lang={lang} heading={t.noscriptTitle} />
      </PracticeApp>
    </article>
  );
}
