'use client';

/**
 * Fetches the search indexes once per page, when search is first used: the core index
 * (labels, aliases, summaries, pinyin) first, then the words of the explanations. The
 * search code itself (fuse.js and friends) is loaded here too, so no page pays for it
 * before a reader asks to search.
 */
import type { Searcher } from '@/graph/search';
import { withBase } from '../paths';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(): Promise<Searcher> {
  pending ??= (async () => {
    const { CoreIndexSchema, BodyIndexSchema, createSearcher } = await import('@/graph/search');
    const res = await fetch(withBase('/search/core.json'));
    if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
    const searcher = createSearcher(CoreIndexSchema.parse(await res.json()));
    // The body index is a bonus: search works without it, and gains body words when it arrives.
    fetch(withBase('/search/body.json'))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: unknown) => searcher.addBody(BodyIndexSchema.parse(json)))
      .catch(() => undefined);
    return searcher;
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
