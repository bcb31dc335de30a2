/**
 * The measures table: every measure with its family, the challenges it addresses (with
 * the stance of each link) and its limitations, filterable by challenge, level, stance and
 * family, with coverage counts. Filters use the same reach as everywhere else
 * (coverage.ts): a measure that addresses Bias shows under "systemic bias" too.
 *
 * The table is filtered in the browser, so the filters and counts work on plain data
 * (`TableRow`, `TableChallenge`) that a page can pass to a client component.
 */
import {
  broaderChallenges,
  measureFamily,
  measuresOf,
  orderedChallenges,
  reachesOf,
  type MeasureFamily,
} from './coverage';
import { measureLimitations, type LimitationStatus } from './governance-status';
import type { GraphLookup } from './lookup';
import type { MeasureFilters } from './policy-params';
import { LEVELS } from './vocabulary';
import type { Edge, Level, Node, NodeId, Stance } from './schema';

export interface TableLink {
  challenge: NodeId;
  level?: Level;
  stance: Stance;
}

export interface TableRow {
  id: NodeId;
  family: MeasureFamily;
  /** The challenges it addresses itself, in reading order. */
  links: TableLink[];
}

export interface TableChallenge {
  id: NodeId;
  level?: Level;
  /** The broader challenges it is part of, nearest first. */
  broader: NodeId[];
  /** The measures that reach it (coverage.ts). */
  reachedBy: NodeId[];
}

export interface MeasureRow extends TableRow {
  measure: Node;
  addresses: { challenge: Node; edge: Edge }[];
  limitations: LimitationStatus[];
}

export function measureRows(g: GraphLookup): MeasureRow[] {
  const order = new Map(orderedChallenges(g).map((c, i) => [c.id, i]));
  return measuresOf(g).flatMap((measure) => {
    const family = measureFamily(measure.scope);
    if (!family) return [];
    const addresses = (g.outgoing.get(measure.id) ?? [])
      .flatMap((edge) => {
        const challenge = g.node.get(edge.target);
        return edge.kind === 'addresses' && challenge?.kind === 'challenge' ? [{ challenge, edge }] : [];
      })
      .sort((a, b) => (order.get(a.challenge.id) ?? 0) - (order.get(b.challenge.id) ?? 0));
    const links = addresses.map(({ challenge, edge }) => ({
      challenge: challenge.id,
      ...(challenge.level ? { level: challenge.level } : {}),
      stance: edge.stance,
    }));
    return [{ id: measure.id, family, links, measure, addresses, limitations: measureLimitations(g, measure.id) }];
  });
}

export function tableChallenges(g: GraphLookup): TableChallenge[] {
  return orderedChallenges(g).map((c) => ({
    id: c.id,
    ...(c.level ? { level: c.level } : {}),
    broader: broaderChallenges(g, c.id).map((b) => b.id),
    reachedBy: reachesOf(g, c.id).map((r) => r.measure.id),
  }));
}

const linkFiltered = (f: MeasureFilters) =>
  f.challenge !== undefined || f.level !== undefined || f.stance !== undefined;

/** The links of a row that satisfy the challenge (or a broader one), level and stance filters. */
export function matchingLinks(row: TableRow, f: MeasureFilters, challenges: readonly TableChallenge[]): TableLink[] {
  const chosen = f.challenge ? challenges.find((c) => c.id === f.challenge) : undefined;
  const reachable = f.challenge ? new Set<string>([f.challenge, ...(chosen?.broader ?? [])]) : undefined;
  return row.links.filter(
    (l) =>
      (!reachable || reachable.has(l.challenge)) &&
      (!f.level || l.level === f.level) &&
      (!f.stance || l.stance === f.stance),
  );
}

/**
 * The rows a filter keeps: of the family asked for, and — when a challenge, level or stance
 * is asked for — with at least one link that satisfies all three.
 */
export function filterRows<R extends TableRow>(
  rows: readonly R[],
  f: MeasureFilters,
  challenges: readonly TableChallenge[],
): R[] {
  return rows.filter(
    (row) =>
      (!f.family || row.family === f.family) && (!linkFiltered(f) || matchingLinks(row, f, challenges).length > 0),
  );
}

export interface LevelCoverage {
  level: Level | undefined;
  challenges: number;
  /** Challenges one of the rows reaches. */
  reached: number;
}

export interface CoverageCounts {
  measures: number;
  /** Measures that address at least one challenge. */
  addressing: number;
  links: Record<Stance, number>;
  levels: LevelCoverage[];
}

/** Coverage of a set of rows: how many address something, their links by stance, and the challenges they reach, per level. */
export function coverageCounts(rows: readonly TableRow[], challenges: readonly TableChallenge[]): CoverageCounts {
  const measures = new Set<string>(rows.map((r) => r.id));
  const links = rows.flatMap((r) => r.links);
  const levels: (Level | undefined)[] = [
    ...LEVELS,
    ...(challenges.some((c) => c.level === undefined) ? [undefined] : []),
  ];
  return {
    measures: rows.length,
    addressing: rows.filter((r) => r.links.length > 0).length,
    links: {
      stated: links.filter((l) => l.stance === 'stated').length,
      inferred: links.filter((l) => l.stance === 'inferred').length,
    },
    levels: levels.map((level) => {
      const at = challenges.filter((c) => c.level === level);
      return {
        level,
        challenges: at.length,
        reached: at.filter((c) => c.reachedBy.some((m) => measures.has(m))).length,
      };
    }),
  };
}
