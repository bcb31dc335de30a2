'use client';

/**
 * One practice session over a set of questions: which question is shown, what the reader
 * chose, whether it has been checked, and the round (all the questions, or a review of
 * those missed). Progress (right or wrong per question) goes to the progress store, so a
 * reload resumes at the first question not yet answered, with the score kept.
 */
import { useCallback, useMemo, useState } from 'react';
import { answersRight, type PracticeQuestion } from '@/graph/questions/practice';
import { useProgress, type ProgressStore } from './progress-store';

export type Given = number | string | undefined;

interface Current {
  /** Position in the round; undefined until the reader acts (then the first unanswered question is shown). */
  index: number | undefined;
  given: Given;
  checked: boolean;
  /** The ids of the round: all questions, or those missed when reviewing. */
  round: string[] | undefined;
  /** The reader asked for the score page. */
  finished: boolean;
}

const START: Current = { index: undefined, given: undefined, checked: false, round: undefined, finished: false };

export function usePracticeSession(questions: readonly PracticeQuestion[], store: ProgressStore) {
  const progress = useProgress(store);
  const [state, setState] = useState<Current>(START);
  const all = useMemo(() => questions.map((q) => q.id), [questions]);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const round = state.round ?? all;
  const firstOpen = round.findIndex((id) => progress[id] === undefined);
  const index = state.index ?? (firstOpen < 0 ? round.length : firstOpen);
  const done = state.finished || index >= round.length;
  const question = done ? undefined : byId.get(round[index] ?? '');

  const answered = all.filter((id) => progress[id] !== undefined);
  const right = answered.filter((id) => progress[id]?.right === true);
  const missed = answered.filter((id) => progress[id]?.right === false);
  const roundRight = round.filter((id) => progress[id]?.right === true).length;

  const choose = useCallback((given: Given) => setState((s) => (s.checked ? s : { ...s, given })), []);

  const check = useCallback((): boolean | undefined => {
    if (!question || state.checked) return undefined;
    const given = state.given;
    if (given === undefined || (typeof given === 'string' && given.trim() === '')) return undefined;
    const ok = answersRight(question, given);
    store.record(question.id, ok);
    setState((s) => ({ ...s, index, checked: true }));
    return ok;
  }, [question, state.checked, state.given, store, index]);

  const next = useCallback(() => {
    setState((s) => {
      const at = (s.index ?? index) + 1;
      return { ...s, index: at, given: undefined, checked: false, finished: at >= round.length };
    });
  }, [index, round.length]);

  const review = useCallback(() => setState({ ...START, index: 0, round: missed }), [missed]);
  const restart = useCallback(() => {
    store.forget(all);
    setState(START);
  }, [store, all]);
  const backToAll = useCallback(() => setState(START), []);

  return {
    question,
    index,
    total: round.length,
    reviewing: state.round !== undefined,
    given: state.given,
    checked: state.checked,
    done,
    score: { right: right.length, answered: answered.length, total: all.length, roundRight, roundTotal: round.length },
    missed,
    resumed: state.index === undefined && answered.length > 0 && !done,
    choose,
    check,
    next,
    review,
    restart,
    backToAll,
  };
}

export type PracticeSession = ReturnType<typeof usePracticeSession>;
