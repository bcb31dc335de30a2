/**
 * The explorer's status in words-to-be: which filters hide something (each a chip the
 * reader can remove) and what the view shows beyond the filters. Pure: the component
 * turns each item into text in the page's language.
 */
import { DEFAULT_STATE, STANCES, type ExplorerState } from './explore-state';
import { LEVELS } from './vocabulary';
import type { EdgeKind, Level, NodeKind, Section, Stance } from './schema';

export type Chip =
  | { key: string; type: 'kind'; value: NodeKind; undo: Partial<ExplorerState> }
  | { key: string; type: 'level'; value: Level; undo: Partial<ExplorerState> }
  | { key: string; type: 'edge'; value: EdgeKind; undo: Partial<ExplorerState> }
  | { key: string; type: 'stance'; value: Stance; undo: Partial<ExplorerState> }
  | { key: string; type: 'section'; value: Section; undo: Partial<ExplorerState> };

export function filterChips(state: ExplorerState): Chip[] {
  return [
    ...DEFAULT_STATE.kinds
      .filter((k) => !state.kinds.includes(k))
      .map((k): Chip => ({ key: `k-${k}`, type: 'kind', value: k, undo: { kinds: [...state.kinds, k] } })),
    ...LEVELS.filter((l) => !state.levels.includes(l)).map((l): Chip => ({
      key: `l-${l}`,
      type: 'level',
      value: l,
      undo: { levels: [...state.levels, l] },
    })),
    ...DEFAULT_STATE.edges
      .filter((k) => !state.edges.includes(k))
      .map((k): Chip => ({ key: `e-${k}`, type: 'edge', value: k, undo: { edges: [...state.edges, k] } })),
    ...STANCES.filter((s) => !state.stance.includes(s)).map((s): Chip => ({
      key: `s-${s}`,
      type: 'stance',
      value: s,
      undo: { stance: [...state.stance, s] },
    })),
    ...(state.section
      ? [{ key: 'section', type: 'section' as const, value: state.section, undo: { section: undefined } }]
      : []),
  ];
}

/** What the view shows, beyond the filters: a focus, everything, or the main ideas with some opened. */
export type Scope = { type: 'focus'; id: string; depth: number } | { type: 'all' } | { type: 'main'; opened: string[] };

export function scopeOf(state: ExplorerState, focusShown: string | undefined): Scope {
  if (focusShown !== undefined) return { type: 'focus', id: focusShown, depth: state.depth };
  if (state.show === 'all') return { type: 'all' };
  return { type: 'main', opened: state.open };
}
