'use client';

/**
 * The practice page once it runs: reads what to practise from the address, says what it
 * could not use, and plays the chosen questions. Before it runs (and without JavaScript)
 * the page shows every question with its answer instead.
 */
import { useMemo, type ReactNode } from 'react';
import { practiceStrings } from '@/content/messages/practice-strings';
import { parsePracticeQuery, serializePractice, type IgnoredPracticeParam } from '@/graph/practice-params';
import { selectQuestions } from '@/graph/questions/bank';
import type { PracticeQuestion } from '@/graph/questions/practice';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';
import { useLocationSearch } from '../use-client';
import { PracticeChooser } from './practice-chooser';
import { PracticePlayer } from './practice-player';
import { localProgress } from './progress-store';

export interface PracticeAppProps {
  lang: Lang;
  questions: PracticeQuestion[];
  tours: { id: string; title: string }[];
  levels: Record<string, string>;
  /** Every idea's name by id: `?node=` may name any idea. */
  nodeLabels: Record<string, string>;
  /** Every question with its answer: shown until the page runs, and without JavaScript. */
  children: ReactNode;
}

export function PracticeApp({ lang, questions, tours, levels, nodeLabels, children }: PracticeAppProps) {
  const t = practiceStrings(lang);
  const search = useLocationSearch();
  const ctx = useMemo(
    () => ({ tours: tours.map((x) => x.id), nodeIds: new Set(Object.keys(nodeLabels)) }),
    [tours, nodeLabels],
  );
  const parsed = useMemo(() => (search === null ? null : parsePracticeQuery(search, ctx)), [search, ctx]);
  const selected = useMemo(() => (parsed ? selectQuestions(questions, parsed.selection) : []), [parsed, questions]);
  // Until the page runs, the static list stands in; then it leaves the page (a long list
  // nobody sees would only slow the page and assistive technology down).
  if (!parsed) return <div className="practice-app">{children}</div>;
  const { selection, ignored } = parsed;
  return (
    <div className="practice-app" data-ready="">
      <PracticeChooser
        lang={lang}
        selection={selection}
        tours={tours}
        levels={levels}
        nodeLabel={selection.node ? nodeLabels[selection.node] : undefined}
        count={selected.length}
      />
      {ignored.length > 0 ? <Ignored lang={lang} ignored={ignored} /> : null}
      {selected.length === 0 ? (
        <p className="notice" role="note">
          {t.none} <a href={withBase(paths.practice(lang))}>{t.everything}</a>
        </p>
      ) : (
        <PracticePlayer key={serializePractice(selection)} questions={selected} lang={lang} store={localProgress()} />
      )}
    </div>
  );
}

function Ignored({ lang, ignored }: { lang: Lang; ignored: IgnoredPracticeParam[] }) {
  const t = practiceStrings(lang);
  return (
    <div className="notice" role="note">
      <p>{t.ignoredTitle}</p>
      <ul>
        {ignored.map((i) => (
          <li key={i.param} data-param={i.param}>
            <code>
              {i.param}={i.value}
            </code>{' '}
            — {t.ignored[i.param](i.expected)}
          </li>
        ))}
      </ul>
    </div>
  );
}
