'use client';

/** The end of a round: the score, and the ways on — review what was missed, or start again. */
import type { RefObject } from 'react';
import type { PracticeStrings } from '@/content/messages/practice-strings';
import type { PracticeSession } from './use-practice-session';

export function PracticeSummary({
  session,
  t,
  heading,
}: {
  session: PracticeSession;
  t: PracticeStrings;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { score, missed, reviewing } = session;
  const right = reviewing ? score.roundRight : score.right;
  const total = reviewing ? score.roundTotal : score.total;
  return (
    <section className="practice-done" aria-labelledby="practice-done-title">
      <h2 id="practice-done-title" ref={heading} tabIndex={-1}>
        {t.doneTitle}
      </h2>
      <p className="practice-score-line">
        {t.done(right, total)} {right === total ? t.allRight : null}
      </p>
      <p className="practice-actions">
        {missed.length > 0 ? (
          <button type="button" className="button-primary" onClick={session.review}>
            {t.review(missed.length)}
          </button>
        ) : null}
        {reviewing ? (
          <button type="button" onClick={session.backToAll}>
            {t.keepGoing}
          </button>
        ) : null}
        <button type="button" onClick={session.restart}>
          {t.again}
        </button>
      </p>
    </section>
  );
}
