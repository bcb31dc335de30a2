'use client';

/**
 * Practice, one question at a time: a radio group or a text field, immediate feedback
 * with the paper's words and a link, a running score, and at the end the score with a
 * review of what was missed. Results are announced to screen readers; focus follows the
 * reader (the button after checking, the next question's heading after moving on).
 */
import { useEffect, useRef, useState } from 'react';
import { practiceStrings } from '@/content/messages/practice-strings';
import { answersRight, rightAnswerText, type PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { useKeeping, type ProgressStore } from './progress-store';
import { PracticeFooter } from './practice-footer';
import { PracticeSummary } from './practice-summary';
import { QuestionFeedback } from './question-feedback';
import { QuestionForm } from './question-form';
import { usePracticeSession } from './use-practice-session';
import './practice.css';

export function PracticePlayer({
  questions,
  lang,
  store,
  newTab = false,
}: {
  questions: readonly PracticeQuestion[];
  lang: Lang;
  store: ProgressStore;
  newTab?: boolean;
}) {
  const t = practiceStrings(lang);
  const session = usePracticeSession(questions, store);
  const keeping = useKeeping(store);
  const [announcement, setAnnouncement] = useState('');
  const action = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { question, index, total, checked, given, done, score } = session;

  // After the reader moves on, the new question's heading (or the score) takes focus.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [index, done, session.reviewing]);
  // After checking, the one button (now "Next") keeps focus, even if Enter was pressed in a field.
  useEffect(() => {
    if (checked) action.current?.focus();
  }, [checked]);

  const check = () => {
    const ok = session.check();
    if (ok === undefined || !question) return ok;
    setAnnouncement(
      ok ? t.right : `${t.wrong} ${question.type === 'choice' ? t.theAnswer : t.accepted} ${rightAnswerText(question)}`,
    );
    return ok;
  };
  const move = (f: () => void) => () => {
    moved.current = true;
    setAnnouncement('');
    f();
  };

  const givenText =
    question && given !== undefined ? (typeof given === 'number' ? (question.options[given] ?? '') : given) : '';
  return (
    <div className="practice-player" data-done={done ? '' : undefined}>
      <div className="practice-status">
        {done ? null : (
          <h2 ref={heading} tabIndex={-1} className="practice-count">
            {t.progress(index + 1, total)}
          </h2>
        )}
        <p className="practice-score">{t.score(score.right, score.answered)}</p>
      </div>
      {session.reviewing && !done ? <p className="notice">{t.reviewing(total)}</p> : null}
      {session.resumed ? <p className="notice">{t.resumed(score.answered, score.total)}</p> : null}
      {question ? (
        <QuestionForm
          key={`${session.reviewing ? 'r' : 'a'}-${question.id}`}
          question={question}
          given={given}
          checked={checked}
          last={index + 1 >= total}
          t={t}
          onChoose={session.choose}
          onCheck={check}
          onNext={move(session.next)}
          action={action}
          feedback={
            checked && given !== undefined ? (
              <QuestionFeedback
                question={question}
                right={answersRight(question, given)}
                given={givenText}
                t={t}
                lang={lang}
                newTab={newTab}
              />
            ) : null
          }
        />
      ) : (
        <PracticeSummary
          session={{
            ...session,
            review: move(session.review),
            restart: move(session.restart),
            backToAll: move(session.backToAll),
          }}
          t={t}
          heading={heading}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement ? `${announcement} ${t.score(score.right, score.answered)}` : ''}
      </p>
      <PracticeFooter t={t} keeping={keeping} store={store} />
    </div>
  );
}
