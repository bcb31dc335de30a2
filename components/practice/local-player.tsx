'use client';

/** The practice player with the reader's progress kept in this browser: what "Check yourself" loads when asked. */
import type { PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { PracticePlayer } from './practice-player';
import { localProgress } from './progress-store';

export function LocalPracticePlayer({ questions, lang }: { questions: readonly PracticeQuestion[]; lang: Lang }) {
  return <PracticePlayer questions={questions} lang={lang} store={localProgress()} />;
}
