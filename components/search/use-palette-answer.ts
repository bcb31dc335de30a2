'use client';

/**
 * The palette's results for what is typed: the searcher's answer (only the few results the
 * palette shows are built), turned into options, and the status line to announce.
 */
import { useMemo } from 'react';
import type { searchEn } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import { PALETTE_HITS, paletteOptions, paletteStatus, type PaletteOption } from './palette-options';
import type { SearcherState } from './use-searcher';

export function usePaletteAnswer(
  state: SearcherState,
  query: string,
  lang: Lang,
  t: typeof searchEn,
): { options: PaletteOption[]; status: string } {
  const { index, status } = state;
  // `index` changes when the explanations join the searcher: the same query is searched again.
  const answered = useMemo(() => {
    if (!index || query.trim() === '') return undefined;
    const { searcher } = index;
    const answer = searcher.answer(query, lang, { limit: PALETTE_HITS });
    return { options: paletteOptions(answer, searcher, lang, query, t), status: paletteStatus(answer, query, lang, t) };
  }, [index, query, lang, t]);
  if (status === 'loading') return { options: [], status: t.loading };
  if (status === 'error') return { options: [], status: t.loadFailed };
  return answered ?? { options: [], status: t.hint };
}
