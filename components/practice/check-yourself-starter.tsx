'use client';

/**
 * "Check yourself": a button that brings in the practice player (loaded only when asked
 * for, so the page itself stays light) with this idea's or this tour's questions.
 */
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { useHydrated } from '../use-client';

const LocalPracticePlayer = dynamic(() => import('./local-player').then((m) => m.LocalPracticePlayer), {
  ssr: false,
  loading: () => <p className="muted">…</p>,
});

export function CheckYourselfStarter({
  lang,
  questions,
  start,
}: {
  lang: Lang;
  questions: PracticeQuestion[];
  /** The button's word, in the page's language. */
  start: string;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <div className="check-yourself-starter" data-ready={hydrated ? '' : undefined}>
      {!hydrated ? null : open ? (
        <LocalPracticePlayer questions={questions} lang={lang} />
      ) : (
        <p>
          <button type="button" className="button-primary" onClick={() => setOpen(true)}>
            {start}
          </button>
        </p>
      )}
    </div>
  );
}
