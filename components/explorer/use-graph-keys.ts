'use client';

/**
 * The keyboard on the graph: the arrow keys move from idea to idea (down a column, across
 * the stages), showing each one's card and naming it to screen readers; Enter focuses the
 * idea; Escape lets it go; + and − zoom. Tab leaves the graph as from any other control.
 */
import type { KeyboardEvent } from 'react';
import { nextInDirection, type Direction, type Spot } from '@/graph/highlight';

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface GraphKeyActions {
  spots: () => Spot[];
  active: () => string | undefined;
  moveTo: (id: string) => void;
  select: (id: string) => void;
  clear: () => void;
  zoom: (direction: 'in' | 'out') => void;
}

export function graphKeyHandler(actions: GraphKeyActions) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.metaKey || e.ctrlKey) return;
    const dir = DIRECTIONS[e.key];
    if (dir) {
      const next = nextInDirection(actions.spots(), actions.active(), dir);
      if (next) actions.moveTo(next);
      e.preventDefault();
      return;
    }
    const active = actions.active();
    if ((e.key === 'Enter' || e.key === ' ') && active) {
      actions.select(active);
      e.preventDefault();
    } else if (e.key === 'Escape' && active) {
      actions.clear();
      e.preventDefault();
    } else if (e.key === '+' || e.key === '=') {
      actions.zoom('in');
      e.preventDefault();
    } else if (e.key === '-') {
      actions.zoom('out');
      e.preventDefault();
    }
  };
}
