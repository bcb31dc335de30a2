/**
 * Every question with its answer, for readers without JavaScript (and for print): the
 * options in order, and behind a disclosure the right answer, our explanation, the
 * paper's words and a link to the idea. With JavaScript the player takes its place.
 */
import type { PracticeStrings } from '@/content/messages/practice-strings';
import { rightAnswerText, type PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';

export function StaticQuestions({
  questions,
  t,
  lang,
  heading,
}: {
  questions: readonly PracticeQuestion[];
  t: PracticeStrings;
  lang: Lang;
  /** The list's own heading, or none where the section around it has one. */
  heading?: string;
}) {
  return (
    <div className="practice-static">
      {heading ? <h2>{heading}</h2> : null}
      <p className="muted">{t.noscript}</p>
      <ol>
        {questions.map((q) => (
          <li key={q.id} id={`q-${q.id}`}>
            <p>
              <span className="practice-kind">{t.kinds[q.type]}</span> {q.stem}
            </p>
            {q.type === 'choice' ? (
              <ol>
                {q.options.map((o, i) => (
                  <li key={i}>{o}</li>
                ))}
              </ol>
            ) : null}
            <details>
              <summary>{t.showAnswer}</summary>
              <p>
                <strong>{q.type === 'choice' ? t.theAnswer : t.accepted}</strong> {rightAnswerText(q)}
              </p>
              <p>{q.explanation}</p>
              <figure className="quote">
                <blockquote lang="zh-Hans">
                  <p>{q.quote}</p>
                </blockquote>
                <figcaption>{t.quoteCaption(q.section)}</figcaption>
              </figure>
              <p>
                <a href={withBase(paths.node(lang, q.link))}>{t.readMore(q.linkLabel)}</a>
              </p>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
