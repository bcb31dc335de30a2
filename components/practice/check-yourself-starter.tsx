'use client';

/**
 * "Check yourself": a button that brings in the practice player (loaded only when asked
 * for, so the page itself stays light) with this idea's or this tour's questions.
 */
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { practiceStrings } from '@/content/messages/practice-strings';
import type { PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { useHydrated } from '../use-client';
import { localProgress } from './progress-store';

const PracticePlayer = dynamic(() => import('./practice-player').then((m) => m.PracticePlayer), {
  ssr: false,
  loading: () => <p className="muted">…</p>,
});

export function CheckYourselfStarter({ lang, questions }: { lang: Lang; questions: PracticeQuestion[] }) {
  const t = practiceStrings(lang);
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <div className="check-yourself-starter" data-ready={hydrated ? '' : undefined}>
      {!hydrated ? null : open ? (
        <PracticePlayer questions={questions} lang={lang} store={localProgress()} />
      ) : (
        <p>
          <button type="button" className="button-primary" onClick={() => setOpen(true)}>
            {t.start}
          </button>
        </p>
      )}
    </div>
  );
}
