/**
 * What pointing at an idea brings forward, and how the arrow keys move between ideas:
 * pure functions shared by the static drawing and the canvas, so both behave alike.
 */

export interface Link {
  id: string;
  source: string;
  target: string;
}

/** An idea, its direct neighbours among the links shown, and those links. */
export function neighbourhood(links: Iterable<Link>, id: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set([id]);
  const edges = new Set<string>();
  for (const l of links) {
    if (l.source !== id && l.target !== id) continue;
    edges.add(l.id);
    nodes.add(l.source === id ? l.target : l.source);
  }
  return { nodes, edges };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Spot {
  id: string;
  x: number;
  y: number;
}

/**
 * The idea the arrow key moves to: the nearest one in that direction, where straying
 * sideways counts double, so ↑ and ↓ walk down a column and ← and → step between
 * columns at about the same height. Without a current idea, the first key starts at the
 * top of the leftmost column. `undefined` when nothing lies that way.
 */
export function nextInDirection(
  spots: readonly Spot[],
  current: string | undefined,
  dir: Direction,
): string | undefined {
  const here = spots.find((s) => s.id === current);
  if (!here) {
    const first = [...spots].sort((a, b) => a.x - b.x || a.y - b.y)[0];
    return first?.id;
  }
  let best: { id: string; score: number } | undefined;
  for (const s of spots) {
    if (s.id === here.id) continue;
    const dx = s.x - here.x;
    const dy = s.y - here.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: s.id, score };
  }
  return best?.id;
}
