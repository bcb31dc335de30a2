/**
 * What the reader sees after checking an answer: right or not, the right answer, our
 * explanation, the paper's words with their section, and a link to the idea's page.
 */
import type { PracticeStrings } from '@/content/messages/practice-strings';
import { rightAnswerText, type PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';

export function QuestionFeedback({
  question,
  right,
  given,
  t,
  lang,
  newTab,
}: {
  question: PracticeQuestion;
  right: boolean;
  given: string;
  t: PracticeStrings;
  lang: Lang;
  /** In an embed, links open the full site in a new tab. */
  newTab: boolean;
}) {
  return (
    <div className={`practice-feedback ${right ? 'is-right' : 'is-wrong'}`} data-result={right ? 'right' : 'wrong'}>
      <p className="practice-verdict">
        <strong>{right ? t.right : t.wrong}</strong>{' '}
        {right ? null : (
          <>
            {given ? <span className="practice-given">{t.youAnswered(given)} </span> : null}
            {question.type === 'choice' ? t.theAnswer : t.accepted} <strong>{rightAnswerText(question)}</strong>
          </>
        )}
      </p>
      <p>{question.explanation}</p>
      <figure className="quote practice-quote">
        <blockquote lang="zh-Hans">
          <p>{question.quote}</p>
        </blockquote>
        <figcaption>{t.quoteCaption(question.section)}</figcaption>
      </figure>
      <p>
        <a href={withBase(paths.node(lang, question.link))} {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
          {t.readMore(question.linkLabel)}
        </a>
      </p>
    </div>
  );
}
