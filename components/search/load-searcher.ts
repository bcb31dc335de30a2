'use client';

/**
 * The search engine for the browser, fetched once per page when search is first used: the
 * code (graph/search.ts) and the core index (labels, aliases, summaries, pinyin, the
 * governance links), then the words of the explanations. No page pays for any of it before
 * a reader asks to search.
 *
 * The API, for every part of the site that searches (palette, search page, the explorer's
 * highlight — one engine, one ranking):
 * - `loadSearcher()` resolves as soon as the core index is in: names, aliases, summaries
 *   and pinyin are searchable; the explanations' words join the same searcher when they
 *   arrive (`searcher.hasBody`).
 * - `loadCompleteSearcher()` resolves once the explanations' words are in too (or could not
 *   be loaded: search works without them, and `hasBody` stays false) — for a list that
 *   must hold every result.
 * - then `searcher.search(query, lang, limit)` gives the ranked hits (ids, kinds, where
 *   they matched, label ranges to mark), and `searcher.answer(query, lang, { limit })`
 *   everything the palette and the search page show (totals per kind, the question's
 *   intent, suggestions when nothing matches). See graph/search.ts.
 */
import type { Searcher } from '@/graph/search';
import { withBase } from '../paths';

let core: Promise<Searcher> | undefined;
let complete: Promise<Searcher> | undefined;

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(withBase(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

export function loadSearcher(): Promise<Searcher> {
  core ??= (async () => {
    const { CoreIndexSchema, createSearcher } = await import('@/graph/search');
    return createSearcher(CoreIndexSchema.parse(await fetchJson('/search/core.json')));
  })();
  // A failed load is tried again the next time search is used.
  core.catch(() => {
    core = undefined;
  });
  return core;
}

export function loadCompleteSearcher(): Promise<Searcher> {
  complete ??= loadSearcher().then(async (searcher) => {
    try {
      const { BodyIndexSchema } = await import('@/graph/search');
      searcher.addBody(BodyIndexSchema.parse(await fetchJson('/search/body.json')));
    } catch {
      // The explanations are a bonus: names, aliases and summaries are searched without them.
    }
    return searcher;
  });
  complete.catch(() => {
    complete = undefined;
  });
  return complete;
}
