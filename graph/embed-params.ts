/**
 * The parameters of `/embed/` (DESIGN.md "Public URLs", the embedding issue): which view a
 * course page shows in its iframe, in which language and theme, and with what filters.
 * Teachers type these by hand and platforms mangle them, so parsing never throws: every
 * value that cannot be used is dropped and reported with the values that would work, and
 * the frame shows a working view anyway. The explorer's own parameters (focus, depth,
 * filters, layout, path ends) are read by the explorer's parser, so both agree.
 */
import { z } from 'zod';
import {
  DEFAULT_STATE,
  EXPLORER_PARAMS,
  LAYOUTS,
  MAX_DEPTH,
  NONE,
  SHOWS,
  STANCES,
  SWITCH,
  parseExplorerQuery,
  serializeExplorerState,
  type ExplorerState,
} from './explore-state';
import { excerpt } from './excerpt';
import { LESSON_PARAM, decodeLesson, type UnreadableReason } from './lesson-codec';
import type { Selection } from './questions/bank';
import { EDGE_KINDS, LANGS, LEVELS, Level, NODE_KINDS, NodeId, type Lang } from './schema';

/** The type of the message an embed posts to its parent with its content height. */
export const RESIZE_MESSAGE = 'framework-explorer:resize';

export const EMBED_VIEWS = ['graph', 'local', 'path', 'tour', 'matrix', 'lesson', 'practice'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

const OWN_PARAMS = ['view', 'lang', 'tour', 'step', 'theme', 'controls', 'list', 'scroll', LESSON_PARAM] as const;
/** view=practice narrows its questions by `tour` (above), `level` and `node`, as the practice page does. */
const PRACTICE_PARAMS = ['level', 'node'] as const;
/** An embed's own parameters, and the explorer's, which it passes through to the explorer's parser. */
export const EMBED_PARAMS: readonly string[] = [...OWN_PARAMS, ...PRACTICE_PARAMS, ...EXPLORER_PARAMS];

export interface EmbedParams {
  view: EmbedView;
  lang: Lang;
  theme: EmbedTheme;
  /** Show the filter controls. */
  controls: boolean;
  /** Start with the list view (before the canvas). */
  list: boolean;
  /** Let the mouse wheel zoom the graph (off, so the host page scrolls). */
  scroll: boolean;
  /** Focus, depth, filters, layout and path ends, as the explorer reads them. */
  explorer: ExplorerState;
  tour: string;
  /** A teacher's lesson as its address carries it (graph/lesson-codec.ts); empty when none. */
  lesson: string;
  /** 1-based: of the tour, or of the lesson. */
  step: number;
  /** view=practice: which questions (a tour only when `tour` was given, a level, an idea). */
  practice: Selection;
}

/** What would have been valid, so the frame can say it in words. */
export type Expected =
  | { type: 'one-of'; values: readonly string[] }
  | { type: 'list-of'; values: readonly string[] }
  | { type: 'node' }
  | { type: 'tour'; values: readonly string[] }
  | { type: 'range'; min: number; max: number }
  | { type: 'parameter'; values: readonly string[] }
  | { type: 'required'; view: EmbedView; instead: EmbedView }
  | { type: 'lesson'; reason: UnreadableReason }
  | { type: 'once' };

export interface EmbedProblem {
  param: string;
  /** The value as given, cut short; shown as text, never as markup. */
  value: string;
  expected: Expected;
}

export interface EmbedContext {
  nodeIds: ReadonlySet<string>;
  tours: readonly { id: string; steps: number }[];
}

export interface ParsedEmbed {
  params: EmbedParams;
  problems: EmbedProblem[];
}

const SHOWN = 60;
const cut = (s: string) => (s.length > SHOWN ? `${excerpt(s, SHOWN)}…` : s);

export function defaultEmbedParams(ctx: EmbedContext): EmbedParams {
  return embedParamsFor('graph', 'en', ctx.tours[0]?.id ?? '');
}

/** An embed of `view` in `lang` with everything else at its default. */
export const embedParamsFor = (
  view: EmbedView,
  lang: Lang,
  defaultTour: string,
  patch: Partial<EmbedParams> = {},
): EmbedParams => ({
  view,
  lang,
  theme: 'auto',
  controls: false,
  list: false,
  scroll: false,
  explorer: { ...DEFAULT_STATE },
  tour: defaultTour,
  lesson: '',
  step: 1,
  practice: {},
  ...patch,
});

type OwnParam = (typeof OWN_PARAMS)[number] | (typeof PRACTICE_PARAMS)[number];
const isOwn = (k: string): k is OwnParam => ([...OWN_PARAMS, ...PRACTICE_PARAMS] as readonly string[]).includes(k);
const isExplorer = (k: string) => (EXPLORER_PARAMS as readonly string[]).includes(k);

/** What each explorer parameter accepts, for the message when the explorer's parser drops a value. */
function explorerExpected(param: string, reason: string): Expected {
  if (reason === 'repeated') return { type: 'once' };
  switch (param) {
    case 'depth':
      return { type: 'range', min: 1, max: MAX_DEPTH };
    case 'layout':
      return { type: 'one-of', values: LAYOUTS };
    case 'hubs':
      return { type: 'one-of', values: SWITCH };
    case 'show':
      return { type: 'one-of', values: SHOWS };
    case 'kinds':
      return { type: 'list-of', values: [...NODE_KINDS, NONE] };
    case 'levels':
      return { type: 'list-of', values: [...LEVELS, NONE] };
    case 'edges':
      return { type: 'list-of', values: [...EDGE_KINDS, NONE] };
    case 'stance':
      return { type: 'list-of', values: [...STANCES, NONE] };
    default:
      return { type: 'node' };
  }
}

/** Reads `/embed/`'s query string. Never throws; whatever is unusable is in `problems`. */
export function parseEmbedQuery(search: string, ctx: EmbedContext): ParsedEmbed {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out = defaultEmbedParams(ctx);
  const problems: EmbedProblem[] = [];
  const explorerQuery = new URLSearchParams();
  const seen = new Set<string>();
  let rawTour: string | undefined;
  let rawStep: string | undefined;
  let lessonSteps: number | undefined;

  const oneOf = <T extends string>(key: string, value: string, values: readonly T[]): T | undefined => {
    const r = z.enum(values).safeParse(value);
    if (r.success) return r.data;
    problems.push({ param: key, value: cut(value), expected: { type: 'one-of', values } });
    return undefined;
  };

  for (const [key, value] of params) {
    if (isExplorer(key)) {
      explorerQuery.append(key, value);
      continue;
    }
    if (!isOwn(key)) {
      problems.push({ param: cut(key), value: cut(value), expected: { type: 'parameter', values: EMBED_PARAMS } });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ param: key, value: cut(value), expected: { type: 'once' } });
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'view':
        out.view = oneOf(key, value, EMBED_VIEWS) ?? out.view;
        break;
      case 'lang':
        out.lang = oneOf(key, value, LANGS) ?? out.lang;
        break;
      case 'theme':
        out.theme = oneOf(key, value, EMBED_THEMES) ?? out.theme;
        break;
      case 'controls':
      case 'list':
      case 'scroll': {
        const v = oneOf(key, value, SWITCH);
        if (v !== undefined) out[key] = v === '1';
        break;
      }
      case 'tour':
        rawTour = value;
        break;
      case 'step':
        rawStep = value;
        break;
      case LESSON_PARAM: {
        // Only whether it can be read at all is decided here; the lesson view names the rest.
        const read = decodeLesson(value, { nodeIds: ctx.nodeIds, lang: out.lang });
        if (read.lesson) {
          out.lesson = value;
          lessonSteps = read.lesson.steps.length;
        } else {
          const reason = read.problems.find((p) => p.type === 'unreadable')?.reason ?? 'encoding';
          problems.push({ param: key, value: cut(value), expected: { type: 'lesson', reason } });
        }
        break;
      }
      case 'level': {
        const level = Level.safeParse(value);
        if (level.success) out.practice.level = level.data;
        else problems.push({ param: key, value: cut(value), expected: { type: 'one-of', values: LEVELS } });
        break;
      }
      case 'node':
        if (ctx.nodeIds.has(value)) out.practice.node = value;
        else problems.push({ param: key, value: cut(value), expected: { type: 'node' } });
        break;
    }
  }

  const explorer = parseExplorerQuery(explorerQuery.toString(), ctx.nodeIds);
  out.explorer = explorer.state;
  for (const i of explorer.ignored)
    problems.push({ param: i.param, value: cut(i.value), expected: explorerExpected(i.param, i.reason) });

  if (rawTour !== undefined) {
    const known = ctx.tours.find((t) => t.id === rawTour && NodeId.safeParse(rawTour).success);
    if (known) {
      out.tour = known.id;
      // Practice narrows to a tour only when one is named; other views always show one.
      if (out.view === 'practice') out.practice.tour = known.id;
    } else
      problems.push({
        param: 'tour',
        value: cut(rawTour),
        expected: { type: 'tour', values: ctx.tours.map((t) => t.id) },
      });
  }
  if (rawStep !== undefined) {
    const total = Math.max(
      1,
      (out.view === 'lesson' ? lessonSteps : ctx.tours.find((t) => t.id === out.tour)?.steps) ?? 1,
    );
    const n = /^\d{1,4}$/.test(rawStep) ? Number(rawStep) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= total) out.step = n;
    else problems.push({ param: 'step', value: cut(rawStep), expected: { type: 'range', min: 1, max: total } });
  }

  // A view that lacks what it draws falls back to the whole graph, and says so.
  if (out.view === 'local' && !out.explorer.focus) {
    problems.push({ param: 'focus', value: '', expected: { type: 'required', view: 'local', instead: 'graph' } });
    out.view = 'graph';
  }
  if (out.view === 'path' && !(out.explorer.from && out.explorer.to)) {
    problems.push({
      param: out.explorer.from ? 'to' : 'from',
      value: '',
      expected: { type: 'required', view: 'path', instead: 'graph' },
    });
    out.view = 'graph';
  }
  if (out.view === 'tour' && out.tour === '') out.view = 'graph';
  if (out.view === 'lesson' && out.lesson === '') {
    if (!problems.some((p) => p.param === LESSON_PARAM))
      problems.push({
        param: LESSON_PARAM,
        value: '',
        expected: { type: 'required', view: 'lesson', instead: 'graph' },
      });
    out.view = 'graph';
  }
  return { params: out, problems };
}

/**
 * The shortest query string for an embed: `view` and `lang` always (a snippet should say
 * what it shows), everything else only when it differs from the default.
 */
export function serializeEmbedParams(p: EmbedParams, defaultTour: string): string {
  const q = new URLSearchParams();
  q.set('view', p.view);
  q.set('lang', p.lang);
  if (p.view === 'tour' || p.tour !== defaultTour || p.practice.tour !== undefined)
    q.set('tour', p.practice.tour ?? p.tour);
  if (p.lesson !== '') q.set(LESSON_PARAM, p.lesson);
  if (p.step !== 1) q.set('step', String(p.step));
  if (p.practice.level) q.set('level', p.practice.level);
  if (p.practice.node) q.set('node', p.practice.node);
  for (const [k, v] of new URLSearchParams(serializeExplorerState(p.explorer).slice(1))) q.set(k, v);
  if (p.explorer.focus === undefined && p.explorer.depth !== DEFAULT_STATE.depth)
    q.set('depth', String(p.explorer.depth));
  if (p.theme !== 'auto') q.set('theme', p.theme);
  if (p.controls) q.set('controls', '1');
  if (p.list) q.set('list', '1');
  if (p.scroll) q.set('scroll', '1');
  return `?${q.toString().replace(/%2C/g, ',')}`;
}

/** The address of an embed, from the site's origin and base path. */
export const embedUrl = (siteBase: string, p: EmbedParams, defaultTour: string) =>
  `${siteBase}/embed/${serializeEmbedParams(p, defaultTour)}`;

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet a teacher pastes: a plain iframe (course platforms strip scripts), lazy, no
 * border, full width, with a title for screen readers and a link inside for browsers that
 * show no frames.
 */
export function iframeSnippet(src: string, title: string, height: number, fallback: string): string {
  const s = escapeAttr(src);
  const t = escapeAttr(title);
  return (
    `<iframe src="${s}" title="${t}" width="100%" height="${Math.round(height)}" loading="lazy" style="border:0" allowfullscreen>` +
    `<a href="${s}">${escapeAttr(fallback)}</a></iframe>`
  );
}
