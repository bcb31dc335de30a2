/**
 * The address contracts of the policymakers' pages: the brief's selection
 * (`/{lang}/brief/?levels=…&challenges=…&measures=…`), the measures table's filters
 * (`/{lang}/measures/?challenge=…&level=…&stance=…&family=…`) and the matrix's levels
 * (`/{lang}/matrix/?levels=…`). Links are shared, bookmarked and typed by hand, so parsing
 * never throws: whatever cannot be used is dropped and reported, so the page can say what
 * it ignored, and the rest still works.
 */
import { excerpt } from './excerpt';
import type { Level, NodeId } from './schema';
import { LEVELS } from './vocabulary';

export interface IgnoredParam {
  param: string;
  /** The value as given, cut short; shown as text, never as markup. */
  value: string;
  reason: 'unknown-parameter' | 'invalid-value' | 'repeated';
}

const SHOWN = 60;
const MAX_VALUE = 2000;

/**
 * The value of each known parameter; unknown ones are reported. A list parameter given
 * more than once gathers its values (a plain HTML form of checkboxes writes
 * `challenges=a&challenges=b`); any other repeat is reported.
 */
function readParams<K extends string>(
  search: string,
  keys: readonly K[],
  lists: readonly K[] = [],
): { values: Map<K, string>; ignored: IgnoredParam[] } {
  const values = new Map<K, string>();
  const ignored: IgnoredParam[] = [];
  for (const [key, raw] of new URLSearchParams(search)) {
    const value = excerpt(raw, MAX_VALUE);
    const known = keys.find((k) => k === key);
    const before = known === undefined ? undefined : values.get(known);
    if (known === undefined)
      ignored.push({ param: excerpt(key, SHOWN), value: excerpt(value, SHOWN), reason: 'unknown-parameter' });
    else if (before === undefined) values.set(known, value);
    else if (lists.includes(known)) values.set(known, excerpt(`${before},${value}`, MAX_VALUE));
    else ignored.push({ param: known, value: excerpt(value, SHOWN), reason: 'repeated' });
  }
  return { values, ignored };
}

/** A comma-separated list of allowed values, in the order given, each once; the rest is reported one by one. */
function pickList<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  param: string,
  ignored: IgnoredParam[],
): T[] {
  const out: T[] = [];
  for (const part of (raw ?? '').split(',').map((s) => s.trim())) {
    if (part === '') continue;
    const value = allowed.find((a) => a === part);
    if (value === undefined) ignored.push({ param, value: excerpt(part, SHOWN), reason: 'invalid-value' });
    else if (!out.includes(value)) out.push(value);
  }
  return out;
}

function pickOne<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  param: string,
  ignored: IgnoredParam[],
): T | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = allowed.find((a) => a === raw.trim());
  if (value === undefined) ignored.push({ param, value: excerpt(raw, SHOWN), reason: 'invalid-value' });
  return value;
}

/** Writes a query string with commas left readable; empty values are left out. */
function writeQuery(entries: readonly [string, string][]): string {
  const q = new URLSearchParams(entries.filter(([, v]) => v !== ''));
  const s = q.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}

// ── The brief ────────────────────────────────────────────────────────────────

export interface BriefChoices {
  /** Every challenge in reading order, with its level. */
  challenges: readonly { id: NodeId; level: Level | undefined }[];
  /** Every measure in matrix order. */
  measures: readonly NodeId[];
}

export interface BriefQuery {
  /** The chosen challenges, whole levels included, in reading order. */
  challenges: NodeId[];
  measures: NodeId[];
  ignored: IgnoredParam[];
}

export const BRIEF_PARAMS = ['levels', 'challenges', 'measures'] as const;

export function parseBriefQuery(search: string, choices: BriefChoices): BriefQuery {
  const { values, ignored } = readParams(search, BRIEF_PARAMS, BRIEF_PARAMS);
  const levels = pickList(values.get('levels'), LEVELS, 'levels', ignored);
  const named = new Set<string>(
    pickList(
      values.get('challenges'),
      choices.challenges.map((c) => c.id),
      'challenges',
      ignored,
    ),
  );
  const measures = new Set<string>(pickList(values.get('measures'), choices.measures, 'measures', ignored));
  return {
    challenges: choices.challenges
      .filter((c) => named.has(c.id) || (c.level !== undefined && levels.includes(c.level)))
      .map((c) => c.id),
    measures: choices.measures.filter((m) => measures.has(m)),
    ignored,
  };
}

/**
 * The shortest address of a selection: a level whose challenges are all chosen is written
 * as the level; the other challenges and the measures by id, in reading order.
 */
export function serializeBriefQuery(
  selection: { challenges: readonly string[]; measures: readonly string[] },
  choices: BriefChoices,
): string {
  const chosen = new Set(selection.challenges);
  const whole = LEVELS.filter((level) => {
    const of = choices.challenges.filter((c) => c.level === level);
    return of.length > 0 && of.every((c) => chosen.has(c.id));
  });
  const rest = choices.challenges.filter(
    (c) => chosen.has(c.id) && !(c.level !== undefined && whole.includes(c.level)),
  );
  const measures = choices.measures.filter((m) => selection.measures.includes(m));
  return writeQuery([
    ['levels', whole.join(',')],
    ['challenges', rest.map((c) => c.id).join(',')],
    ['measures', measures.join(',')],
  ]);
}

// ── The measures table ──────────────────────────────────────────────────────

export const STANCE_FILTERS = ['stated', 'inferred'] as const;
export const FAMILY_FILTERS = ['upstream', 'downstream', 'macro', 'micro'] as const;

export interface MeasureFilters {
  challenge?: NodeId;
  level?: Level;
  stance?: (typeof STANCE_FILTERS)[number];
  family?: (typeof FAMILY_FILTERS)[number];
}

export const MEASURE_PARAMS = ['challenge', 'level', 'stance', 'family'] as const;

export function parseMeasureFilters(
  search: string,
  challenges: readonly NodeId[],
): { filters: MeasureFilters; ignored: IgnoredParam[] } {
  const { values, ignored } = readParams(search, MEASURE_PARAMS);
  const challenge = pickOne(values.get('challenge'), challenges, 'challenge', ignored);
  const level = pickOne(values.get('level'), LEVELS, 'level', ignored);
  const stance = pickOne(values.get('stance'), STANCE_FILTERS, 'stance', ignored);
  const family = pickOne(values.get('family'), FAMILY_FILTERS, 'family', ignored);
  return {
    filters: {
      ...(challenge ? { challenge } : {}),
      ...(level ? { level } : {}),
      ...(stance ? { stance } : {}),
      ...(family ? { family } : {}),
    },
    ignored,
  };
}

export const serializeMeasureFilters = (f: MeasureFilters): string =>
  writeQuery(MEASURE_PARAMS.map((k) => [k, f[k] ?? '']));

// ── The matrix ───────────────────────────────────────────────────────────────

/** `/{lang}/matrix/?levels=…` (and the matrix embed's `levels`): which level groups show; all when absent. */
export function parseMatrixLevels(search: string): { levels: Level[]; ignored: IgnoredParam[] } {
  const { values, ignored } = readParams(search, ['levels'] as const);
  const raw = values.get('levels');
  const levels = pickList(raw, LEVELS, 'levels', ignored);
  return { levels: raw === undefined || levels.length === 0 ? [...LEVELS] : levels, ignored };
}

export const serializeMatrixLevels = (levels: readonly Level[]): string =>
  writeQuery([['levels', levels.length === LEVELS.length ? '' : LEVELS.filter((l) => levels.includes(l)).join(',')]]);
