/**
 * The practice page's URL contract: `/{lang}/practice/?tour=…&level=…&node=…` chooses
 * which questions to practise (each optional; together they narrow). Parsing never
 * throws; a value that names no tour, level or idea is ignored and reported with what
 * would work, so the page can say so and show the questions it can. Other parameters are
 * left alone (a course page may add its own).
 */
import { excerpt } from './excerpt';
import type { Selection } from './questions/bank';
import { LEVELS, Level } from './schema';

export const PRACTICE_PARAMS = ['tour', 'level', 'node'] as const;
export type PracticeParam = (typeof PRACTICE_PARAMS)[number];

/** The longest piece of a bad value shown back to the reader. */
export const MAX_BAD_VALUE = 40;

export interface IgnoredPracticeParam {
  param: PracticeParam;
  /** The value as given, shortened; shown as text. */
  value: string;
  /** What would have worked: the tours or levels by id; for `node`, any idea's id. */
  expected: readonly string[];
}

export interface ParsedPractice {
  selection: Selection;
  ignored: IgnoredPracticeParam[];
}

export interface PracticeContext {
  tours: readonly string[];
  nodeIds: ReadonlySet<string>;
}

/** Reads the first value of each parameter; what names nothing is ignored and reported. */
export function parsePracticeQuery(search: string, ctx: PracticeContext): ParsedPractice {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  const ignored: IgnoredPracticeParam[] = [];
  const report = (param: PracticeParam, value: string, expected: readonly string[]) =>
    ignored.push({ param, value: excerpt(value, MAX_BAD_VALUE), expected });

  const tour = params.get('tour');
  if (tour !== null) {
    if (ctx.tours.includes(tour)) selection.tour = tour;
    else report('tour', tour, ctx.tours);
  }
  const level = params.get('level');
  if (level !== null) {
    const parsed = Level.safeParse(level);
    if (parsed.success) selection.level = parsed.data;
    else report('level', level, LEVELS);
  }
  const node = params.get('node');
  if (node !== null) {
    if (ctx.nodeIds.has(node)) selection.node = node;
    else report('node', node, []);
  }
  return { selection, ignored };
}

/** The query string for a selection (`?tour=…&level=…`), or '' for everything. */
export function serializePractice(s: Selection): string {
  const q = new URLSearchParams();
  if (s.tour) q.set('tour', s.tour);
  if (s.level) q.set('level', s.level);
  if (s.node) q.set('node', s.node);
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}
