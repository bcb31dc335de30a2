/**
 * "Check yourself" at the end of a tour and on the page of an idea that has questions:
 * how many, a button that starts them here, and a link to the practice page with the
 * same choice. Without JavaScript the questions and their answers read in a list.
 */
import Link from 'next/link';
import { practiceStrings } from '@/content/messages/practice-strings';
import { serializePractice } from '@/graph/practice-params';
import type { Lang } from '@/graph/schema';
import { paths } from '../paths';
import { CheckYourselfStarter } from './check-yourself-starter';
import { practiceQuestions } from './practice-data';
import { StaticQuestions } from './static-questions';
import './practice.css';

export function CheckYourself({
  lang,
  tour,
  node,
  level = 2,
}: {
  lang: Lang;
  tour?: string;
  node?: string;
  /** The heading's level: 2 on a node page, 3 inside a tour's last step. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const t = practiceStrings(lang);
  const selection = tour ? { tour } : { node };
  const questions = practiceQuestions(lang, selection);
  if (questions.length === 0) return null;
  const id = `check-yourself-${tour ?? node ?? ''}`;
  return (
    <section className="check-yourself" aria-labelledby={id}>
      <Heading id={id}>{t.checkYourself}</Heading>
      <p>
        {tour ? t.checkYourselfTour(questions.length) : t.checkYourselfIdea(questions.length)}{' '}
        <Link href={paths.practice(lang, serializePractice(selection))}>{t.openPractice}</Link>
      </p>
      <CheckYourselfStarter lang={lang} questions={questions} start={t.start} />
      <details className="practice-static-wrap">
        <summary>{t.noscriptTitle}</summary>
        <StaticQuestions questions={questions} t={t} lang={lang} />
      </details>
    </section>
  );
}
