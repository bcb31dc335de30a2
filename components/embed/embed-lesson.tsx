'use client';

/**
 * A teacher's lesson inside an embed (`/embed/?view=lesson&lesson=…`): the lesson's title
 * and note, one step at a time with previous/next and the arrow keys, the step's idea
 * highlighted on the lesson's graph, the teacher's note beside the site's explanation. The
 * frame keeps its step to itself (never the host page's history). What the lesson's
 * address could not give is named, as on the full site.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { smallGraphLabels } from '@/content/messages/explore-strings';
import { lessonStrings } from '@/content/messages/lesson-strings';
import { toursStrings } from '@/content/messages/tour-strings';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { decodeLesson } from '@/graph/lesson-codec';
import type { Lang } from '@/graph/schema';
import { sentences } from '@/content/punctuation';
import { htmlLang } from '../paths';
import { SmallGraph } from '../explorer/small-graph';
import { LessonProblems } from '../lessons/lesson-problems';
import { LessonStepView } from '../lessons/lesson-step-view';
import { useNodeTexts } from '../lessons/use-node-texts';
import { useStepKeys } from '../tours/use-step-keys';
import { EmbedStepNav } from './embed-step-nav';
import '../lessons/lessons.css';

export function EmbedLesson({
  lang,
  value,
  step,
  onStep,
  graph,
  scroll,
}: {
  lang: Lang;
  /** The lesson as its address carries it (already known to be readable). */
  value: string;
  step: number;
  onStep: (n: number) => void;
  graph: ExplorerGraph;
  scroll: boolean;
}) {
  const t = lessonStrings(lang);
  const tt = toursStrings(lang);
  const known = useMemo(() => new Set<string>(graph.nodes.map((n) => n.id)), [graph]);
  const nodes = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const { lesson, problems } = useMemo(() => decodeLesson(value, { nodeIds: known, lang }), [value, known, lang]);
  const steps = useMemo(() => lesson?.steps ?? [], [lesson]);
  const total = steps.length;
  const texts = useNodeTexts(
    steps.map((s) => s.node),
    known,
    lang,
  );
  const moved = useRef(false);
  const article = useRef<HTMLElement>(null);
  const go = useCallback(
    (n: number) => {
      if (n < 1 || n > total) return;
      moved.current = true;
      onStep(n);
    },
    [onStep, total],
  );
  // Focus moves to the new step's heading after the reader moves (never on load: an embed
  // must not pull focus from the host page).
  useEffect(() => {
    if (moved.current) article.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [step]);
  useStepKeys(step, go);

  const sub = useMemo(() => {
    const ids = new Set(steps.map((s) => s.node).filter((id) => known.has(id)));
    return {
      nodes: graph.nodes.filter((n) => ids.has(n.id)),
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
  }, [graph, steps, known]);
  const current = steps[step - 1];
  const highlight = useMemo(
    () => new Set<string>(current && known.has(current.node) ? [current.node] : []),
    [current, known],
  );
  const framing = useMemo(() => ({ kind: 'ideas' as const, ids: highlight }), [highlight]);
  const labels = useMemo(() => smallGraphLabels(lang, t.graphLabel, 'tour'), [lang, t.graphLabel]);
  if (!lesson) return <LessonProblems t={t} problems={problems} />;
  return (
    <div className="tour embed-tour embed-lesson">
      {lesson.note ? (
        // A long note scrolls in its own box (embed.css), so it can be reached and scrolled
        // from the keyboard.
        <p
          className="note-text lesson-embed-note"
          lang={htmlLang(lesson.lang)}
          tabIndex={0}
          role="region"
          aria-label={t.lessonNote}
        >
          {lesson.note}
        </p>
      ) : null}
      <LessonProblems t={t} problems={problems} />
      {current === undefined ? (
        <p className="notice">{t.noStepsToPlay}</p>
      ) : (
        <>
          <EmbedStepNav step={step} total={total} go={go} t={tt} />
          <div className="tour-layout">
            <article ref={article} className="tour-step lesson-step" data-step={step}>
              <LessonStepView
                step={current}
                index={step - 1}
                total={total}
                node={nodes.get(current.node)}
                previous={step > 1 ? nodes.get(steps[step - 2]?.node ?? '') : undefined}
                text={texts.get(current.node)}
                notesLang={lesson.lang}
                graph={graph}
                lang={lang}
                t={t}
                progress={tt.progress(step, total)}
                plainLinks
              />
            </article>
            <SmallGraph
              lang={lang}
              graph={sub}
              labels={labels}
              highlight={highlight}
              framing={framing}
              wheelZoom={scroll}
              eager
              fitDrawing={false}
              className="tour-graph"
              captionId="embed-lesson-caption"
              caption={sentences(lang, t.graphLabel, tt.keys)}
            />
          </div>
        </>
      )}
    </div>
  );
}
