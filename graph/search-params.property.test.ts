/**
 * Properties of `/{lang}/search/?q=…`: whatever the address says, the page gets a query it
 * can show and search, and every query a link or the search form writes reads back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { paths } from '../components/paths';
import { readContentFiles } from '../content/load';
import { loadGraph } from './load';
import { createSearcher } from './search';
import { buildBodyIndex, buildCoreIndex } from './search-build';
import { SEARCH_KINDS } from './search-index';
import { MAX_BAD_KIND, MAX_QUERY_LENGTH, parseSearchQuery, searchQueryString } from './search-params';
import {
  PROPERTY_RUNS,
  decodedEntries,
  expectCleanPrototypes,
  hostileQuery,
  hostileText,
  isWellFormed,
} from './test-arbitraries';

const plausible = fc.constantFrom('bias', '偏见', 'yinsi', 'foundation model', '  ', '\u3000', 'homogenisation');
const query = hostileQuery(['q', 'kind'], fc.oneof(plausible, fc.constantFrom(...SEARCH_KINDS), hostileText));
/** What a reader types: any text, including Chinese and emoji (a browser never sends a lone surrogate). */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 150 }),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  plausible,
);

describe('parseSearchQuery on any address', () => {
  it('never throws, and gives a short, readable query and whether it is blank', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { query: text, blank } = parseSearchQuery(q);
        assert.ok(text.length <= MAX_QUERY_LENGTH, `${text.length} characters`);
        assert.ok(isWellFormed(text), `the page shows ${JSON.stringify(text)}`);
        assert.equal(blank, text.trim() === '');
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads a kind only when it names one, and names back any other value', () => {
    fc.assert(
      fc.property(query, (q) => {
        const first = decodedEntries(q).find(([k]) => k === 'kind')?.[1];
        const { kind, badKind } = parseSearchQuery(q);
        if (kind !== undefined) assert.equal(kind, first);
        if (first === undefined || first === '') assert.equal(badKind, undefined);
        else if (kind === undefined) {
          assert.ok(badKind !== undefined && first.startsWith(badKind) && badKind.length <= MAX_BAD_KIND);
          assert.ok(isWellFormed(badKind));
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back the query and kind of every search link', () => {
    fc.assert(
      fc.property(typed, fc.option(fc.constantFrom(...SEARCH_KINDS), { nil: undefined }), (text, kind) => {
        const parsed = parseSearchQuery(searchQueryString(text, kind));
        assert.equal(parsed.kind, kind);
        assert.equal(parsed.badKind, undefined);
        assert.ok(text.startsWith(parsed.query));
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads the first q, cut only when it is too long', () => {
    fc.assert(
      fc.property(query, (q) => {
        const first = decodedEntries(q).find(([k]) => k === 'q')?.[1] ?? '';
        const { query: text } = parseSearchQuery(q);
        assert.ok(first.startsWith(text), `${JSON.stringify(text)} is not the start of ${JSON.stringify(first)}`);
        assert.ok(text.length >= Math.min(first.length, MAX_QUERY_LENGTH) - 1, 'cut no shorter than it must be');
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back every query the search form or a search link writes', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const expected = parseSearchQuery(`?q=${encodeURIComponent(text)}`).query;
        assert.ok(text.startsWith(expected));
        // The form submits with GET (spaces as "+"); links come from paths.search.
        assert.equal(parseSearchQuery(`?${new URLSearchParams({ q: text }).toString()}`).query, expected);
        assert.equal(
          parseSearchQuery(new URL(paths.search('en', text), 'http://localhost').search).query,
          text === '' ? '' : expected,
        );
        if (text.length <= MAX_QUERY_LENGTH) assert.equal(expected, text);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('the query from the address, searched', () => {
  const index = loadGraph();
  const searcher = createSearcher(
    buildCoreIndex(index, index.graph.version, { pages: { compare: true, paper: true } }),
    buildBodyIndex(readContentFiles().files),
  );
  const labels = new Map(searcher.records.map((r) => [r.id, r]));

  it('never throws, and highlights only inside the label it shows', () => {
    fc.assert(
      fc.property(query, fc.constantFrom('en', 'zh' as const), (q, lang) => {
        const { query: text, blank } = parseSearchQuery(q);
        if (blank) return;
        const hits = searcher.search(text, lang, 50);
        assert.ok(hits.length <= 50);
        for (const h of hits) {
          const r = labels.get(h.id);
          assert.ok(r, `a hit for an unknown record ${h.id}`);
          const label = lang === 'en' ? r.labelEn : r.labelZh;
          for (const [start, end] of h.labelRanges)
            assert.ok(start >= 0 && start <= end && end < label.length, `range ${start}-${end} in "${label}"`);
        }
      }),
      { ...PROPERTY_RUNS, numRuns: 150 },
    );
  });
});
