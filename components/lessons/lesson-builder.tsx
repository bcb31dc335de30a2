'use client';

/**
 * The lesson builder (`/{lang}/lessons/new/`): the lesson being worked on, kept in this
 * browser (lesson-store.ts), edited in place — where it starts, its title and note, ideas
 * added with the search, the steps in order with their notes — and shared as a link, an
 * embed or a file. An address with `?lesson=…` ("Edit this lesson" in the player) opens
 * that lesson here, putting the one being worked on aside.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { lessonStrings } from '@/content/messages/lesson-strings';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { LESSON_LIMITS, addStep, editLesson, emptyLesson, type Lesson } from '@/graph/lesson';
import { LESSON_PARAM, parseLessonQuery, type LessonContext } from '@/graph/lesson-codec';
import type { Lang } from '@/graph/schema';
import { LANGS } from '@/graph/vocabulary';
import { htmlLang } from '../paths';
import { useHydrated, useLocationSearch } from '../use-client';
import { IdeaSearch } from './idea-search';
import { LessonProblems } from './lesson-problems';
import {
  lessonOf,
  replaceDraft,
  restorePrevious,
  saveDraft,
  setNotice,
  useDraftText,
  useNotice,
  usePreviousText,
  useStorageBlocked,
} from './lesson-store';
import { SharePanel } from './share-panel';
import { StartPanel, type TourChoice } from './start-panel';
import { StepList } from './step-list';
import './lessons.css';

export interface BuilderProps {
  lang: Lang;
  graph: ExplorerGraph;
  tours: TourChoice[];
  /** The data version lessons are made with. */
  data: string;
  embedLabel: string;
}

/** Opens a lesson given in the address, once, then takes it out of the address (it now lives in the draft). */
function useLessonFromAddress(ctx: LessonContext) {
  const search = useLocationSearch();
  useEffect(() => {
    if (search === null) return;
    const params = new URLSearchParams(search);
    if (!params.has(LESSON_PARAM)) return;
    const read = parseLessonQuery(search, ctx);
    if (read.lesson) replaceDraft(read.lesson, ctx, { problems: read.problems });
    else setNotice({ problems: read.problems });
    params.delete(LESSON_PARAM);
    params.delete('step');
    const rest = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
  }, [search, ctx]);
}

export function LessonBuilder(props: BuilderProps) {
  const { lang, graph, data } = props;
  const t = lessonStrings(lang);
  const ctx = useMemo(() => ({ nodeIds: new Set(graph.nodes.map((n) => n.id)), lang }), [graph, lang]);
  const nodes = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const hydrated = useHydrated();
  const text = useDraftText();
  const lesson = useMemo(() => lessonOf(text, ctx) ?? emptyLesson(lang, data), [text, ctx, lang, data]);
  const [announcement, setAnnouncement] = useState('');
  useLessonFromAddress(ctx);

  if (!hydrated) return <p className="muted lesson-loading">{t.loading}</p>;
  const add = (id: string): string => {
    if (lesson.steps.length >= LESSON_LIMITS.steps) return t.full(LESSON_LIMITS.steps);
    saveDraft(addStep(lesson, id));
    return t.added(nodes.get(id)?.label[lang] ?? id, lesson.steps.length + 1);
  };
  return (
    <BuilderBody
      {...props}
      t={t}
      ctx={ctx}
      nodes={nodes}
      lesson={lesson}
      add={add}
      announcement={announcement}
      announce={setAnnouncement}
    />
  );
}

function BuilderBody({
  lang,
  graph,
  tours,
  data,
  embedLabel,
  t,
  ctx,
  nodes,
  lesson,
  add,
  announcement,
  announce,
}: BuilderProps & {
  t: ReturnType<typeof lessonStrings>;
  ctx: LessonContext;
  nodes: ReadonlyMap<string, ExplorerNode>;
  lesson: Lesson;
  add: (id: string) => string;
  announcement: string;
  announce: (s: string) => void;
}) {
  const id = useId();
  return (
    <div className="lesson-builder" data-ready="">
      <Notices t={t} ctx={ctx} />
      <section aria-labelledby={`${id}-start`} className="lesson-panel">
        <h2 id={`${id}-start`}>{t.startTitle}</h2>
        <StartPanel lang={lang} t={t} tours={tours} data={data} ctx={ctx} />
      </section>
      <section aria-labelledby={`${id}-details`} className="lesson-panel">
        <h2 id={`${id}-details`}>{t.detailsTitle}</h2>
        <Details lesson={lesson} t={t} />
      </section>
      <section aria-labelledby={`${id}-add`} className="lesson-panel">
        <h2 id={`${id}-add`}>{t.addTitle}</h2>
        <IdeaSearch lang={lang} t={t} onAdd={add} />
      </section>
      <section aria-labelledby={`${id}-steps`} className="lesson-panel">
        <h2 id={`${id}-steps`} tabIndex={-1}>
          {t.stepsTitle}
        </h2>
        {lesson.steps.length > 1 ? <p className="muted">{t.stepsHint}</p> : null}
        <StepList
          lesson={lesson}
          nodes={nodes}
          graph={graph}
          lang={lang}
          t={t}
          onChange={saveDraft}
          announce={announce}
          headingId={`${id}-steps`}
        />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </section>
      <section aria-labelledby={`${id}-share`} className="lesson-panel">
        <h2 id={`${id}-share`}>{t.shareTitle}</h2>
        <SharePanel lesson={lesson} lang={lang} t={t} embedLabel={embedLabel} defaultTour={tours[0]?.id ?? ''} />
      </section>
    </div>
  );
}

/** Where the lesson is kept, and what happened when one was opened or replaced another. */
function Notices({ t, ctx }: { t: ReturnType<typeof lessonStrings>; ctx: LessonContext }) {
  const notice = useNotice();
  const previous = lessonOf(usePreviousText(), ctx);
  const blocked = useStorageBlocked();
  return (
    <>
      <p className={blocked ? 'notice' : 'muted'}>{blocked ? t.storageBlocked : t.draftNote}</p>
      {notice?.message ? <p role="status">{notice.message}</p> : null}
      {notice?.failed ? <p className="notice">{notice.failed}</p> : null}
      {notice ? <LessonProblems t={t} problems={notice.problems} /> : null}
      {/* Offered right after a replacement (the notice lives as long as the page). */}
      {previous && notice ? (
        <p className="lesson-previous">
          {t.replaced(previous.title || t.untitled, previous.steps.length)}{' '}
          <button type="button" onClick={restorePrevious}>
            {t.restore}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The lesson's title, note, and the language they are written in. */
function Details({ lesson, t }: { lesson: Lesson; t: ReturnType<typeof lessonStrings> }) {
  const id = useId();
  const set = (patch: Parameters<typeof editLesson>[1]) => saveDraft(editLesson(lesson, patch));
  return (
    <div className="lesson-details">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.titleLabel}</label>
        <input
          id={`${id}-title`}
          type="text"
          lang={htmlLang(lesson.lang)}
          maxLength={LESSON_LIMITS.title}
          placeholder={t.titlePlaceholder}
          value={lesson.title}
          onChange={(e) => set({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t.noteLabel}</label>
        <textarea
          id={`${id}-note`}
          lang={htmlLang(lesson.lang)}
          rows={4}
          maxLength={LESSON_LIMITS.note}
          placeholder={t.notePlaceholder}
          aria-describedby={`${id}-count ${id}-plain`}
          value={lesson.note}
          onChange={(e) => set({ note: e.target.value })}
        />
        <p className="counter muted">
          <span id={`${id}-count`}>{t.count(lesson.note.length, LESSON_LIMITS.note)}</span> ·{' '}
          <span id={`${id}-plain`}>{t.plainText}</span>
        </p>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-lang`}>{t.notesLang}</label>
        <select
          id={`${id}-lang`}
          value={lesson.lang}
          onChange={(e) => set({ lang: LANGS.find((l) => l === e.target.value) ?? lesson.lang })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t.langNames[l]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
