'use client';

/**
 * One question: a radio group (a fieldset whose legend is the question) or a text field
 * for a short answer, and one button that checks the answer and then moves on. The
 * button keeps focus through both jobs, so a keyboard reader answers with the arrow keys,
 * Enter, and Enter again. Not a <form>: a course platform's sandboxed frame blocks form
 * submission (no allow-forms), so Enter in a field is handled here.
 */
import { useId, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { PracticeStrings } from '@/content/messages/practice-strings';
import type { PracticeQuestion } from '@/graph/questions/practice';
import type { Given } from './use-practice-session';

export function QuestionForm({
  question,
  given,
  checked,
  last,
  t,
  onChoose,
  onCheck,
  onNext,
  action,
  feedback,
}: {
  question: PracticeQuestion;
  given: Given;
  checked: boolean;
  last: boolean;
  t: PracticeStrings;
  onChoose: (g: Given) => void;
  onCheck: () => boolean | undefined;
  onNext: () => void;
  action: RefObject<HTMLButtonElement | null>;
  /** Shown between the question and the button once the answer is checked. */
  feedback: ReactNode;
}) {
  const id = useId();
  const [empty, setEmpty] = useState(false);
  const act = () => {
    if (checked) return onNext();
    const result = onCheck();
    setEmpty(result === undefined);
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    act();
  };
  const hint = empty && !checked ? (question.type === 'choice' ? t.chooseFirst : t.typeFirst) : '';
  return (
    <div className="practice-form">
      <fieldset aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend>
          <span className="practice-kind">{t.kinds[question.type]}</span> {question.stem}
        </legend>
        {question.type === 'choice' ? (
          <ul className="practice-options">
            {question.options.map((text, i) => (
              <li key={i} data-state={checked ? (i === question.answer ? 'right' : given === i ? 'wrong' : '') : ''}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-answer`}
                    value={i}
                    checked={given === i}
                    onChange={() => onChoose(i)}
                    onKeyDown={onEnter}
                    aria-disabled={checked || undefined}
                  />{' '}
                  <span>{text}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="practice-short">
            <label htmlFor={`${id}-text`}>{t.yourAnswer}</label>
            <input
              id={`${id}-text`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typeof given === 'string' ? given : ''}
              onChange={(e) => onChoose(e.target.value)}
              onKeyDown={onEnter}
              readOnly={checked}
            />
          </p>
        )}
      </fieldset>
      {hint ? (
        <p id={`${id}-hint`} className="practice-hint" role="alert">
          {hint}
        </p>
      ) : null}
      {feedback}
      <p className="practice-actions">
        <button ref={action} type="button" className="button-primary" onClick={act}>
          {checked ? (last ? t.finish : t.next) : t.check}
        </button>
      </p>
    </div>
  );
}
