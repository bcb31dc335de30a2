'use client';

/**
 * The palette's results for what is typed: the searcher's answer (only the few results the
 * palette shows are built), turned into options, and the status line to announce. What
 * turns an answer into options (palette-options.ts and the links it writes) loads with the
 * index, on first use, not with every page.
 */
import { useEffect, useMemo, useState } from 'react';
import type { searchEn } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import type * as PaletteOptions from './palette-options';
import type { PaletteOption } from './palette-options';
import type { SearcherState } from './use-searcher';

type OptionsModule = typeof PaletteOptions;

function useOptionsModule(wanted: boolean): OptionsModule | undefined {
  const [module, setModule] = useState<OptionsModule>();
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void import('./palette-options').then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}

export function usePaletteAnswer(
  state: SearcherState,
  query: string,
  lang: Lang,
  t: typeof searchEn,
): { options: PaletteOption[]; status: string } {
  const { index, status } = state;
  const build = useOptionsModule(status !== 'idle');
  // `index` changes when the explanations join the searcher: the same query is searched again.
  const answered = useMemo(() => {
    if (!index || !build || query.trim() === '') return undefined;
    const { searcher } = index;
    const answer = searcher.answer(query, lang, { limit: build.PALETTE_HITS });
    return {
      options: build.paletteOptions(answer, searcher, lang, query, t),
      status: build.paletteStatus(answer, query, lang, t),
    };
  }, [index, build, query, lang, t]);
  if (status === 'loading' || (status === 'ready' && !build)) return { options: [], status: t.loading };
  if (status === 'error') return { options: [], status: t.loadFailed };
  return answered ?? { options: [], status: t.hint };
}
