'use client';

/**
 * Plays a lesson from its address (`/{lang}/lessons/play/?lesson=…&step=N`) with the tour
 * player: one step at a time, `?step=N`, the arrow keys, progress, the lesson's ideas on a
 * graph with the current one highlighted. The teacher's words stay as written; the site's
 * texts follow the page's language. Every step is in the page (hidden but the current one),
 * so a printed lesson is a handout with all of them.
 */
import Link from 'next/link';
import { useMemo } from 'react';
import { lessonEn, lessonStrings, lessonZh } from '@/content/messages/lesson-strings';
import { toursStrings } from '@/content/messages/tour-strings';
import { withColon } from '@/content/punctuation';
import { embedParamsFor } from '@/graph/embed-params';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import type { Lesson } from '@/graph/lesson';
import { encodeLesson, lessonQuery, parseLessonQuery, type LessonProblem } from '@/graph/lesson-codec';
import type { Lang } from '@/graph/schema';
import { BASE_PATH, htmlLang, paths } from '../paths';
import type { SmallGraphLabels } from '../explorer/small-graph';
import { TourPlayer } from '../tours/tour-player';
import { useBrowserValue, useLocationSearch } from '../use-client';
import { LessonProblems } from './lesson-problems';
import { LessonStepView, stepTitle } from './lesson-step-view';
import { useNodeTexts } from './use-node-texts';
import './lessons.css';

export interface PlayerProps {
  lang: Lang;
  graph: ExplorerGraph;
  defaultTour: string;
  embedLabel: string;
  canvas: SmallGraphLabels;
}

export function LessonPlayer(props: PlayerProps) {
  const { lang, graph } = props;
  const t = lessonStrings(lang);
  const ctx = useMemo(() => ({ nodeIds: new Set<string>(graph.nodes.map((n) => n.id)), lang }), [graph, lang]);
  const search = useLocationSearch();
  const parsed = useMemo(() => (search === null ? null : parseLessonQuery(search, ctx)), [search, ctx]);
  if (parsed === null)
    return (
      <header className="lesson-head">
        <h1>{t.playerFallbackTitle}</h1>
        <p className="muted">{t.loading}</p>
      </header>
    );
  if (parsed.lesson === null) return <NoLesson lang={lang} problems={parsed.problems} />;
  // The player says itself when `step` is unusable.
  const problems = parsed.problems.filter((p) => p.type !== 'bad-step-param');
  return <Played {...props} lesson={parsed.lesson} problems={problems} known={ctx.nodeIds} />;
}

function NoLesson({ lang, problems }: { lang: Lang; problems: LessonProblem[] }) {
  const t = lessonStrings(lang);
  return (
    <div className="lesson-player" data-ready="">
      <header className="lesson-head">
        <h1>{t.playerFallbackTitle}</h1>
      </header>
      <div className="notice" role="note">
        <p>
          <strong>{problems.length > 0 ? t.unreadable : t.noLesson}</strong>
        </p>
        {problems.length > 0 ? (
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t.problem(p)}</li>
            ))}
          </ul>
        ) : null}
        <p>{t.noLessonHelp}</p>
        <p>
          <Link href={paths.lessonsNew(lang)}>{t.openBuilder}</Link> ·{' '}
          <Link href={paths.tours(lang)}>{toursStrings(lang).title}</Link>
        </p>
      </div>
    </div>
  );
}

function Played({
  lang,
  graph,
  defaultTour,
  embedLabel,
  canvas,
  lesson,
  problems,
  known,
}: PlayerProps & { lesson: Lesson; problems: LessonProblem[]; known: ReadonlySet<string> }) {
  const t = lessonStrings(lang);
  const nodes = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const sub = useMemo(() => {
    const ids = new Set(lesson.steps.map((s) => s.node).filter((id) => known.has(id)));
    return {
      nodes: graph.nodes.filter((n) => ids.has(n.id)),
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
  }, [graph, lesson, known]);
  const texts = useNodeTexts(
    lesson.steps.map((s) => s.node),
    known,
    lang,
  );
  const encoded = encodeLesson(lesson);
  const address = `${useBrowserValue(() => window.location.origin, '')}${BASE_PATH}${paths.lessonPlay(lang, lessonQuery(lesson))}`;
  const total = lesson.steps.length;
  const title = lesson.title || t.playerFallbackTitle;
  return (
    <div className="lesson-player" data-ready="">
      <p className="print-only print-address lesson-address">
        {withColon(lang, t.printedAddress)}
        {address}
      </p>
      <header className="lesson-head">
        <p className="eyebrow">{t.playerEyebrow}</p>
        <h1 lang={lesson.title ? htmlLang(lesson.lang) : undefined}>{title}</h1>
        {lesson.note ? (
          <p className="lead note-text" lang={htmlLang(lesson.lang)}>
            {lesson.note}
          </p>
        ) : null}
        <p className="lesson-actions">
          <Link href={paths.lessonsNew(lang, `?lesson=${encoded}`)}>{t.edit}</Link>
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </p>
      </header>
      <LessonProblems t={t} problems={problems} />
      {total === 0 ? (
        <p className="notice">{t.noStepsToPlay}</p>
      ) : (
        <TourPlayer
          lang={lang}
          steps={lesson.steps.map((s) => ({
            title: stepTitle(s, nodes.get(s.node), lang, t),
            nodes: known.has(s.node) ? [s.node] : [],
          }))}
          graph={sub}
          embed={{
            params: embedParamsFor('lesson', lang, defaultTour, { lesson: encoded }),
            titles: {
              en: lessonEn.embedTitle(lesson.title || lessonEn.untitled),
              zh: lessonZh.embedTitle(lesson.title || lessonZh.untitled),
            },
            defaultTour,
            label: embedLabel,
          }}
          canvas={canvas}
          labels={{ graphLabel: t.graphLabel, badStep: t.badStep }}
        >
          <ol className="step-list">
            {lesson.steps.map((step, i) => (
              <li key={i} id={`step-${i + 1}`} data-step={i + 1} className="tour-step lesson-step">
                <LessonStepView
                  step={step}
                  index={i}
                  total={total}
                  node={nodes.get(step.node)}
                  previous={i > 0 ? nodes.get(lesson.steps[i - 1]?.node ?? '') : undefined}
                  text={texts.get(step.node)}
                  notesLang={lesson.lang}
                  graph={graph}
                  lang={lang}
                  t={t}
                  progress={toursStrings(lang).progress(i + 1, total)}
                />
              </li>
            ))}
          </ol>
        </TourPlayer>
      )}
      {lesson.data ? <p className="muted lesson-data">{t.madeWith(lesson.data)}</p> : null}
    </div>
  );
}
