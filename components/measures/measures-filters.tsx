'use client';

/** The measures table's filters: a select per facet, each option with the number of measures it would show. */
import { useId } from 'react';
import { measuresStrings } from '@/content/messages/measures-strings';
import { filterRows, type TableChallenge } from '@/graph/measures-table';
import { FAMILY_FILTERS, STANCE_FILTERS, type MeasureFilters } from '@/graph/policy-params';
import type { Lang } from '@/graph/schema';
import { LEVELS } from '@/graph/vocabulary';
import type { MeasureRowData } from './measures-csv';
import { inParentheses } from '@/content/punctuation';

export interface FilterLabels {
  challenges: { id: string; label: string; depth: number }[];
  levels: Record<string, string>;
  families: Record<string, string>;
}

type Facet = keyof MeasureFilters;

export function MeasuresFilters({
  lang,
  rows,
  challenges,
  labels,
  filters,
  onChange,
}: {
  lang: Lang;
  rows: readonly MeasureRowData[];
  challenges: readonly TableChallenge[];
  labels: FilterLabels;
  filters: MeasureFilters;
  onChange: (next: MeasureFilters) => void;
}) {
  const s = measuresStrings(lang);
  const id = useId();
  /** How many rows a value of a facet would show, the other facets kept. */
  const count = (facet: Facet, value: string | undefined) =>
    filterRows(rows, { ...filters, [facet]: value }, challenges).length;
  const select = (facet: Facet, title: string, options: { value: string; label: string }[]) => (
    <div className="measures-filter">
      <label htmlFor={`${id}-${facet}`}>{title}</label>
      <select
        id={`${id}-${facet}`}
        value={filters[facet] ?? ''}
        onChange={(e) => {
          const rest: MeasureFilters = { ...filters };
          delete rest[facet];
          const value = e.currentTarget.value;
          onChange(value === '' ? rest : { ...rest, [facet]: value });
        }}
      >
        <option value="">
          {s.any}
          {inParentheses(lang, String(count(facet, undefined)))}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {inParentheses(lang, String(count(facet, o.value)))}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="measures-filters">
      <legend>{s.filters}</legend>
      {select(
        'challenge',
        s.challenge,
        labels.challenges.map((c) => ({
          value: c.id,
          label: `${c.depth > 0 ? '\u2003'.repeat(c.depth) : ''}${c.label}`,
        })),
      )}
      {select(
        'level',
        s.level,
        LEVELS.map((l) => ({ value: l, label: labels.levels[l] ?? l })),
      )}
      {select(
        'stance',
        s.stance,
        STANCE_FILTERS.map((x) => ({ value: x, label: x === 'stated' ? s.stated : s.inferred })),
      )}
      {select(
        'family',
        s.family,
        FAMILY_FILTERS.map((f) => ({ value: f, label: labels.families[f] ?? f })),
      )}
      <button type="button" onClick={() => onChange({})} disabled={Object.keys(filters).length === 0}>
        {s.clear}
      </button>
    </fieldset>
  );
}
