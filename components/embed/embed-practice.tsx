'use client';

/**
 * Practice inside an embed: the questions of a tour, a level or an idea, one at a time,
 * with the paper's words as feedback. A sandboxed frame may not store anything, so the
 * score lives only as long as the frame; links open the full site in a new tab. The
 * questions are fetched from this site (a file served to any origin), like tour texts.
 */
import { useEffect, useMemo, useState } from 'react';
import { messages } from '@/content/messages';
import { practiceStrings } from '@/content/messages/practice-strings';
import { serializePractice } from '@/graph/practice-params';
import { selectQuestions, type Selection } from '@/graph/questions/bank';
import { PracticeFile, type PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';
import { PracticePlayer } from '../practice/practice-player';
import { createProgressStore } from '../practice/progress-store';

type Loaded = { status: 'loading' } | { status: 'ok'; questions: PracticeQuestion[] } | { status: 'failed' };

export function EmbedPractice({ lang, selection }: { lang: Lang; selection: Selection }) {
  const t = practiceStrings(lang);
  const e = messages(lang).embed;
  const [fetched, setFetched] = useState<{ lang: Lang; loaded: Loaded } | null>(null);
  const loaded: Loaded = fetched?.lang === lang ? fetched.loaded : { status: 'loading' };
  // Nothing in the frame is kept: a store in memory, one per frame.
  const [store] = useState(() => createProgressStore(false));

  useEffect(() => {
    let live = true;
    fetch(withBase(paths.embedQuestions(lang)))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: unknown) => {
        const parsed = PracticeFile.safeParse(json);
        if (live)
          setFetched({
            lang,
            loaded: parsed.success ? { status: 'ok', questions: parsed.data.questions } : { status: 'failed' },
          });
      })
      .catch(() => live && setFetched({ lang, loaded: { status: 'failed' } }));
    return () => {
      live = false;
    };
  }, [lang]);

  const all = loaded.status === 'ok' ? loaded.questions : undefined;
  const questions = useMemo(() => (all ? selectQuestions(all, selection) : []), [all, selection]);
  const full = withBase(paths.practice(lang, serializePractice(selection)));
  if (loaded.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (loaded.status === 'failed' || questions.length === 0)
    return (
      <p className="notice" role="note">
        {loaded.status === 'failed' ? e.questionsFailed : t.none}{' '}
        <a href={full} target="_blank" rel="noopener">
          {e.openPractice}
        </a>
      </p>
    );
  return (
    <div className="embed-practice">
      <p className="muted">{t.showing(questions.length)}</p>
      <PracticePlayer questions={questions} lang={lang} store={store} newTab />
    </div>
  );
}
