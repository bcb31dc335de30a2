'use client';

/**
 * The matrix's shown levels, from the address (`?levels=data,compute`): the level filter
 * writes them, the table and the cards read them. Every level shows before the script runs.
 */
import { useMemo } from 'react';
import { parseMatrixLevels, serializeMatrixLevels, type IgnoredParam } from '@/graph/policy-params';
import type { Level } from '@/graph/schema';
import { LEVELS } from '@/graph/vocabulary';
import { pushSearch, useLocationSearch } from '../use-client';

export interface MatrixLevels {
  levels: Level[];
  /** Every level shows (also the challenges the paper gives no level). */
  all: boolean;
  ignored: IgnoredParam[];
  set: (levels: readonly Level[]) => void;
}

export function useMatrixLevels(): MatrixLevels {
  const search = useLocationSearch();
  return useMemo(() => {
    const { levels, ignored } = parseMatrixLevels(search ?? '');
    return {
      levels,
      all: levels.length === LEVELS.length,
      ignored,
      set: (next: readonly Level[]) => pushSearch(serializeMatrixLevels(next)),
    };
  }, [search]);
}
