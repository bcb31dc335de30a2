'use client';

/**
 * `/embed/`: one static page that shows the view its address asks for, with minimal
 * chrome (a title, the view, a link to the full site). It reads its parameters only in
 * the browser (the page is the same file for every embed), keeps its state inside the
 * frame (never in the host page's history), and touches no storage, cookie or parent
 * window — a sandboxed frame with an opaque origin runs it unchanged. Parameter values
 * only ever reach the page as React text, never as markup.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { messages } from '@/content/messages';
import { lessonStrings } from '@/content/messages/lesson-strings';
import { serializeExplorerState, type ExplorerState } from '@/graph/explore-state';
import { serializePractice } from '@/graph/practice-params';
import { parseEmbedQuery, type EmbedParams, type EmbedProblem, type ParsedEmbed } from '@/graph/embed-params';
import { serializeMatrixLevels } from '@/graph/policy-params';
import type { Lang } from '@/graph/schema';
import { ExplorerView } from '../explorer/explorer';
import { htmlLang, paths, withBase } from '../paths';
import { useLocationSearch } from '../use-client';
import type { EmbedData } from './embed-data';
import { EmbedMatrix } from './embed-matrix';
import { decodeLesson } from '@/graph/lesson-codec';
import { EmbedLesson } from './embed-lesson';
import { embedTitle } from './embed-title';
import { EmbedPractice } from './embed-practice';
import { EmbedTour } from './embed-tour';
import { useFrameHeight } from './use-frame-height';

export function EmbedApp({ data }: { data: EmbedData }) {
  const ctx = useMemo(
    () => ({
      nodeIds: new Set(data.graph.nodes.map((n) => n.id)),
      tours: data.tours.map((t) => ({ id: t.id, steps: t.steps.length })),
    }),
    [data],
  );
  // The page is one file for every embed: its parameters exist only in the browser.
  const search = useLocationSearch();
  const parsed = useMemo(() => (search === null ? null : parseEmbedQuery(search, ctx)), [search, ctx]);
  const root = useRef<HTMLDivElement>(null);
  useFrameHeight(root);

  return (
    <div ref={root} className="embed-root" data-ready={parsed ? '' : undefined} data-view={parsed?.params.view}>
      {/* A new address starts a new session: the reader's state inside the frame begins from it. */}
      {parsed ? <EmbedSession key={search} parsed={parsed} data={data} /> : <Waiting />}
    </div>
  );
}

/** One embedded view, with the reader's state inside the frame (never in the host's history). */
function EmbedSession({ parsed, data }: { parsed: ParsedEmbed; data: EmbedData }) {
  const { params, problems } = parsed;
  const [explorer, setExplorer] = useState<ExplorerState>(params.explorer);
  const [step, setStep] = useState(params.step);
  const title = embedTitle(params.view, explorer, params.tour, params.lang, {
    label: (id) => data.graph.nodes.find((n) => n.id === id)?.label[params.lang],
    tourTitle: (id) => data.tours.find((x) => x.id === id)?.title[params.lang],
    lessonTitle: () => {
      const l = lessonStrings(params.lang);
      const title = decodeLesson(params.lesson, { nodeIds: new Set(), lang: params.lang }).lesson?.title;
      return l.embedTitle(title || l.untitled);
    },
    practiceTour: params.practice.tour,
  });

  useEffect(() => {
    const html = document.documentElement;
    html.lang = htmlLang(params.lang);
    if (params.theme === 'auto') delete html.dataset.theme;
    else html.dataset.theme = params.theme;
    document.title = `${title} · ${messages(params.lang).embed.siteName}`;
  }, [params, title]);

  return (
    <EmbedView
      params={params}
      problems={problems}
      title={title}
      data={data}
      explorer={explorer}
      setExplorer={setExplorer}
      step={step}
      setStep={setStep}
    />
  );
}

/** Before the script runs (or without it) the page cannot know its language: it speaks both. */
function Waiting() {
  const en = messages('en');
  const zh = messages('zh');
  return (
    <>
      <header className="embed-bar">
        <h1 className="embed-title">
          {en.embed.siteName} · <span lang="zh-Hans">{zh.embed.siteName}</span>
        </h1>
      </header>
      <main className="embed-main">
        <p className="muted">
          {en.embed.loading} <span lang="zh-Hans">{zh.embed.loading}</span>
        </p>
        <noscript>
          <p className="notice">
            {en.embed.noscript} <a href={withBase(paths.home('en'))}>{en.embed.openFull}</a>
          </p>
          <p className="notice" lang="zh-Hans">
            {zh.embed.noscript}
            <a href={withBase(paths.home('zh'))}>{zh.embed.openFull}</a>
          </p>
        </noscript>
      </main>
    </>
  );
}

/** The full-site page that shows the same thing, with the reader's current state. */
function fullSiteHref(p: EmbedParams, s: ExplorerState, step: number): string {
  switch (p.view) {
    case 'tour':
      return paths.tour(p.lang, p.tour, step);
    case 'matrix':
      return `${paths.matrix(p.lang)}${serializeMatrixLevels(s.levels)}`;
    case 'lesson':
      return paths.lessonPlay(p.lang, `?lesson=${p.lesson}${step > 1 ? `&step=${step}` : ''}`);
    case 'practice':
      return paths.practice(p.lang, serializePractice(p.practice));
    case 'local':
      return s.focus ? paths.node(p.lang, s.focus) : paths.explore(p.lang);
    default:
      return paths.explore(p.lang, serializeExplorerState(s));
  }
}

function EmbedView({
  params,
  problems,
  title,
  data,
  explorer,
  setExplorer,
  step,
  setStep,
}: {
  params: EmbedParams;
  problems: EmbedProblem[];
  title: string;
  data: EmbedData;
  explorer: ExplorerState;
  setExplorer: (s: ExplorerState) => void;
  step: number;
  setStep: (n: number) => void;
}) {
  const lang = params.lang;
  const t = messages(lang).embed;
  const tour = data.tours.find((x) => x.id === params.tour);
  return (
    <>
      <header className="embed-bar">
        <h1 className="embed-title">{title}</h1>
        <a className="embed-open" href={withBase(fullSiteHref(params, explorer, step))} target="_blank" rel="noopener">
          {t.openFull}
          <span className="visually-hidden"> {t.newTab}</span> <span aria-hidden="true">↗</span>
        </a>
      </header>
      <main className="embed-main">
        {problems.length > 0 ? <Problems lang={lang} problems={problems} /> : null}
        {params.view === 'tour' && tour ? (
          <EmbedTour
            lang={lang}
            tour={tour}
            step={step}
            onStep={setStep}
            graph={data.graph}
            scroll={params.scroll}
            preset={data.tourPresets[tour.id]?.[lang]}
          />
        ) : params.view === 'lesson' ? (
          <EmbedLesson
            lang={lang}
            value={params.lesson}
            step={step}
            onStep={setStep}
            graph={data.graph}
            scroll={params.scroll}
          />
        ) : params.view === 'practice' ? (
          <EmbedPractice lang={lang} selection={params.practice} />
        ) : params.view === 'matrix' ? (
          <EmbedMatrix lang={lang} graph={data.graph} matrix={data.matrix} levels={explorer.levels} />
        ) : (
          <ExplorerView
            lang={lang}
            graph={data.graph}
            state={explorer}
            ignored={[]}
            update={setExplorer}
            embed={{ controls: params.controls, scroll: params.scroll, listFirst: params.list }}
            opening={{ ...data.openings[lang], draw: false }}
          />
        )}
      </main>
    </>
  );
}

function Problems({ lang, problems }: { lang: Lang; problems: EmbedProblem[] }) {
  const t = messages(lang).embed;
  const explain = (p: EmbedProblem): string => {
    const e = p.expected;
    switch (e.type) {
      case 'one-of':
        return t.expected['one-of'](e.values);
      case 'list-of':
        return t.expected['list-of'](e.values);
      case 'node':
        return t.expected.node();
      case 'tour':
        return t.expected.tour(e.values);
      case 'range':
        return t.expected.range(e.min, e.max);
      case 'parameter':
        return t.expected.parameter(e.values);
      case 'required':
        return t.expected.required(e.view, e.instead);
      case 'once':
        return t.expected.once();
      case 'lesson':
        return lessonStrings(lang).problem({ type: 'unreadable', reason: e.reason });
    }
  };
  return (
    <div className="notice embed-problems" role="note">
      <p>{t.problemsTitle}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-param={p.param}>
            <code>
              {p.param}={p.value === '' ? t.empty : p.value}
            </code>{' '}
            — {explain(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
