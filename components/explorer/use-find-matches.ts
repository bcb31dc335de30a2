'use client';

/**
 * The ideas matching the highlight box, found with the site's search (the same ranking as
 * the palette), which is loaded on first use.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '@/graph/schema';
import { loadSearcher } from '../search/load-searcher';

const NONE: ReadonlySet<string> = new Set();

export function useFindMatches(query: string, lang: Lang): ReadonlySet<string> {
  const q = query.trim();
  const [found, setFound] = useState<{ q: string; ids: ReadonlySet<string> }>({ q: '', ids: NONE });
  useEffect(() => {
    if (q === '') return;
    let live = true;
    loadSearcher()
      .then((s) => live && setFound({ q, ids: new Set(s.search(q, lang, 60).map((h) => h.id)) }))
      .catch(() => live && setFound({ q, ids: NONE }));
    return () => {
      live = false;
    };
  }, [q, lang]);
  return q === '' || found.q !== q ? NONE : found.ids;
}
