/**
 * The explorer's state and its URL form. Everything a reader can set — focus, depth,
 * filters, layout, a path's two ends — lives in the query string, so a view can be
 * shared, bookmarked and stepped through with back and forward. Parsing never throws:
 * whatever cannot be used is dropped and reported, so the page can say what it ignored.
 */
import { z } from 'zod';
import { excerpt } from './excerpt';
import {
  EDGE_KINDS,
  LEVELS,
  NODE_KINDS,
  NodeId,
  Section,
  type EdgeKind,
  type Level,
  type NodeKind,
  type Stance,
} from './schema';

export const LAYOUTS = ['argument', 'force'] as const;
export type Layout = (typeof LAYOUTS)[number];
/** `main`: each stage's main ideas and what the reader opened; `all`: everything the filters allow. */
export const SHOWS = ['main', 'all'] as const;
export type Show = (typeof SHOWS)[number];
export const STANCES = ['stated', 'inferred'] as const;
export const MAX_DEPTH = 3;
/** How much of a parameter's value is read; no valid value is nearly this long. */
export const MAX_VALUE_LENGTH = 500;

export interface ExplorerState {
  focus: NodeId | undefined;
  depth: number;
  kinds: NodeKind[];
  levels: Level[];
  edges: EdgeKind[];
  stance: Stance[];
  layout: Layout;
  from: NodeId | undefined;
  to: NodeId | undefined;
  /** Let the path finder pass through levels, groupings and cited works (`hubs=1`). */
  hubs: boolean;
  /** Only the ideas cited in this section of the paper (or its subsections); undefined: every section. */
  section: Section | undefined;
  /** How much is shown when nothing is focused (graph/disclosure.ts). */
  show: Show;
  /** Ideas whose folded detail (parts, cases, cited works) the reader opened, in the order opened. */
  open: NodeId[];
}

/**
 * What a reader sees first: the argument, stage by stage — each stage's main ideas
 * (graph/stages.ts), with the detail that hangs from them folded away behind "+N" badges.
 * No kind of idea or link is filtered out.
 */
export const DEFAULT_STATE: ExplorerState = {
  focus: undefined,
  depth: 1,
  kinds: [...NODE_KINDS],
  levels: [...LEVELS],
  edges: [...EDGE_KINDS],
  stance: [...STANCES],
  layout: 'argument',
  from: undefined,
  to: undefined,
  hubs: false,
  section: undefined,
  show: 'main',
  open: [],
};

export interface Ignored {
  param: string;
  value: string;
  reason: 'unknown-parameter' | 'invalid-value' | 'unknown-node' | 'repeated';
}

export interface ParsedState {
  state: ExplorerState;
  ignored: Ignored[];
}

export const EXPLORER_PARAMS = [
  'focus',
  'depth',
  'kinds',
  'levels',
  'edges',
  'stance',
  'layout',
  'from',
  'to',
  'hubs',
  'section',
  'show',
  'open',
] as const;
const PARAMS = EXPLORER_PARAMS;
/** The values of an on/off parameter. */
export const SWITCH = ['0', '1'] as const;
type Param = (typeof PARAMS)[number];
const isParam = (k: string): k is Param => (PARAMS as readonly string[]).includes(k);

/** An explicitly empty selection ("show none of these") in the URL. */
export const NONE = 'none';

/**
 * A comma-separated list of enum values; unknown members are dropped one by one. A list
 * with no usable member keeps the default (`fallback`), except the explicit `none`.
 */
function parseList<T extends string>(
  raw: string,
  allowed: readonly T[],
  fallback: readonly T[],
  param: string,
  ignored: Ignored[],
): T[] {
  if (raw.trim() === NONE) return [];
  const schema = z.enum(allowed);
  const out: T[] = [];
  const before = ignored.length;
  for (const part of raw.split(',').map((s) => s.trim())) {
    if (part === '') continue;
    const r = schema.safeParse(part);
    if (r.success) {
      if (!out.includes(r.data)) out.push(r.data);
    } else ignored.push({ param, value: excerpt(part, 60), reason: 'invalid-value' });
  }
  if (out.length === 0) {
    if (ignored.length === before) ignored.push({ param, value: excerpt(raw, 60), reason: 'invalid-value' });
    return [...fallback];
  }
  return out;
}

/** The opened ideas: known node ids, each once; the rest are reported one by one. */
function parseOpen(raw: string, nodeIds: ReadonlySet<string>, ignored: Ignored[]): NodeId[] {
  const out: NodeId[] = [];
  for (const part of raw.split(',').map((s) => s.trim())) {
    if (part === '') continue;
    const id = NodeId.safeParse(part);
    if (!id.success) ignored.push({ param: 'open', value: excerpt(part, 60), reason: 'invalid-value' });
    else if (!nodeIds.has(id.data)) ignored.push({ param: 'open', value: excerpt(part, 60), reason: 'unknown-node' });
    else if (!out.includes(id.data)) out.push(id.data);
  }
  return out;
}

/**
 * Reads a query string. `nodeIds` are the ids that exist: a focus or path end that names
 * no node is ignored like any other bad value.
 */
export function parseExplorerQuery(search: string, nodeIds: ReadonlySet<string>): ParsedState {
  // URLSearchParams drops one leading "?", as the browser does: "??focus=…" names a parameter "?focus".
  const params = new URLSearchParams(search);
  const state: ExplorerState = { ...DEFAULT_STATE };
  const ignored: Ignored[] = [];
  const seen = new Set<string>();
  for (const [key, rawValue] of params) {
    const value = excerpt(rawValue, MAX_VALUE_LENGTH);
    if (!isParam(key)) {
      ignored.push({ param: excerpt(key, 60), value: excerpt(value, 60), reason: 'unknown-parameter' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ param: key, value: excerpt(value, 60), reason: 'repeated' });
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'focus':
      case 'from':
      case 'to': {
        const id = NodeId.safeParse(value);
        if (!id.success) ignored.push({ param: key, value: excerpt(value, 60), reason: 'invalid-value' });
        else if (!nodeIds.has(id.data)) ignored.push({ param: key, value: excerpt(value, 60), reason: 'unknown-node' });
        else state[key] = id.data;
        break;
      }
      case 'depth': {
        const d = z.coerce.number().int().min(1).max(MAX_DEPTH).safeParse(value);
        if (d.success && /^\d+$/.test(value)) state.depth = d.data;
        else ignored.push({ param: key, value: excerpt(value, 60), reason: 'invalid-value' });
        break;
      }
      case 'hubs': {
        const h = z.enum(SWITCH).safeParse(value);
        if (h.success) state.hubs = h.data === '1';
        else ignored.push({ param: key, value: excerpt(value, 60), reason: 'invalid-value' });
        break;
      }
      case 'layout': {
        const l = z.enum(LAYOUTS).safeParse(value);
        if (l.success) state.layout = l.data;
        else ignored.push({ param: key, value: excerpt(value, 60), reason: 'invalid-value' });
        break;
      }
      case 'kinds':
        state.kinds = parseList(value, NODE_KINDS, DEFAULT_STATE.kinds, key, ignored);
        break;
      case 'levels':
        state.levels = parseList(value, LEVELS, DEFAULT_STATE.levels, key, ignored);
        break;
      case 'edges':
        state.edges = parseList(value, EDGE_KINDS, DEFAULT_STATE.edges, key, ignored);
        break;
      case 'stance':
        state.stance = parseList(value, STANCES, DEFAULT_STATE.stance, key, ignored);
        break;
      case 'section': {
        const s = Section.safeParse(value);
        if (s.success) state.section = s.data;
        else ignored.push({ param: key, value: excerpt(value, 60), reason: 'invalid-value' });
        break;
      }
      case 'show': {
        const v = z.enum(SHOWS).safeParse(value);
        if (v.success) state.show = v.data;
        else ignored.push({ param: key, value: excerpt(value, 60), reason: 'invalid-value' });
        break;
      }
      case 'open':
        state.open = parseOpen(value, nodeIds, ignored);
        break;
    }
  }
  return { state, ignored };
}

const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The shortest query string for a state: defaults are left out, lists keep a fixed order. */
export function serializeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.focus && state.depth !== DEFAULT_STATE.depth) params.set('depth', String(state.depth));
  const list = <T extends string>(key: string, values: readonly T[], all: readonly T[], def: readonly T[]) => {
    if (!sameSet(values, def))
      params.set(key, values.length === 0 ? NONE : all.filter((v) => values.includes(v)).join(','));
  };
  list('kinds', state.kinds, NODE_KINDS, DEFAULT_STATE.kinds);
  list('levels', state.levels, LEVELS, DEFAULT_STATE.levels);
  list('edges', state.edges, EDGE_KINDS, DEFAULT_STATE.edges);
  list('stance', state.stance, STANCES, DEFAULT_STATE.stance);
  if (state.layout !== DEFAULT_STATE.layout) params.set('layout', state.layout);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.hubs) params.set('hubs', '1');
  if (state.section) params.set('section', state.section);
  if (state.show !== DEFAULT_STATE.show) params.set('show', state.show);
  if (state.open.length > 0) params.set('open', state.open.join(','));
  const s = params.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}
