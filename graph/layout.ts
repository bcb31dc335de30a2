/**
 * The "argument" layout: the paper's chain read left to right — traits, then the levels
 * and their challenges (grouped by level), then the concepts and relations that explain
 * them, governance, its limitations, the recommendations; cases and cited works last.
 * Pure: positions from kinds and levels, so the same graph always gets the same picture.
 */
import type { ExplorerNode } from './explorer-data';
import { LEVELS } from './vocabulary';
import type { NodeKind } from './schema';

const COLUMN: Record<NodeKind, number> = {
  trait: 0,
  level: 1,
  challenge: 1,
  concept: 2,
  relation: 2,
  governance: 3,
  limitation: 4,
  recommendation: 5,
  case: 6,
  source: 7,
};

export const COLUMN_GAP = 260;
export const ROW_GAP = 56;

export function argumentPositions(nodes: readonly ExplorerNode[]): Map<string, { x: number; y: number }> {
  const columns = new Map<number, ExplorerNode[]>();
  for (const n of nodes) {
    const c = COLUMN[n.kind];
    columns.set(c, [...(columns.get(c) ?? []), n]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const [c, members] of columns) {
    const order = (n: ExplorerNode) => {
      // Challenges sit under their level; within a group, kinds then labels keep a stable order.
      const level = n.kind === 'level' ? n.id : n.level;
      const li = level === undefined ? LEVELS.length : (LEVELS as readonly string[]).indexOf(level);
      return [li, n.kind === 'level' ? 0 : 1, n.kind] as const;
    };
    const sorted = [...members].sort((a, b) => {
      const [la, ka, na] = order(a);
      const [lb, kb, nb] = order(b);
      return la - lb || ka - kb || na.localeCompare(nb) || a.label.en.localeCompare(b.label.en);
    });
    const height = (sorted.length - 1) * ROW_GAP;
    sorted.forEach((n, i) => positions.set(n.id, { x: c * COLUMN_GAP, y: i * ROW_GAP - height / 2 }));
  }
  return positions;
}
