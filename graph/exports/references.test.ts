/**
 * references.json (CSL-JSON) and references.bib read back by citation-js's own parsers and
 * checked against what the paper prints: one entry per cited work plus the data set and
 * the source paper, the printed fields intact (Chinese included, LaTeX specials restored),
 * and no field the paper does not print.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Cite } from '@citation-js/core';
import { z } from 'zod';
import { messages } from '../../content/messages';
import { LANGS, type Node, type Reference } from '../schema';
import { ACCESSED_PLACEHOLDER, fillAccessed, isoDate, splitAtAccessed } from './accessed';
import { bibtexKey, cslDate, latexText } from './citation';
import { pageBibtex } from './page-citation';
import {
  DATASET_ID,
  SOURCE_PAPER_ID,
  markerOrder,
  referenceItems,
  referencesBib,
  referencesCslJson,
} from './references';
import { GRAPHS, TEST_META } from './testing';

const DateParts = z.object({ 'date-parts': z.array(z.array(z.number())) });
const Item = z.looseObject({
  id: z.string(),
  'citation-key': z.string().optional(),
  type: z.string(),
  title: z.string().optional(),
  author: z.array(z.looseObject({ literal: z.string().optional(), family: z.string().optional() })).optional(),
  issued: DateParts.optional(),
  accessed: DateParts.optional(),
  URL: z.string().optional(),
  note: z.string().optional(),
  version: z.string().optional(),
});
type Item = z.infer<typeof Item>;
const readBack = (input: unknown) => z.array(Item).parse(new Cite(input).data);
const nameOf = (item: Item | undefined) => item?.author?.map((a) => a.literal ?? a.family);

const sourcesOf = (nodes: readonly Node[]) =>
  nodes.flatMap((n) => (n.kind === 'source' && n.reference ? [{ node: n, ref: n.reference }] : []));

/** The CSL fields a work may have: bookkeeping, the note, and exactly the fields the paper prints. */
function allowedFields(ref: Reference): string[] {
  const printed: [keyof Reference, string][] = [
    ['title', 'title'],
    ['author', 'author'],
    ['issued', 'issued'],
    ['accessed', 'accessed'],
    ['url', 'URL'],
  ];
  return [
    'id',
    'citation-key',
    'type',
    'note',
    ...printed.filter(([field]) => ref[field] !== undefined).map(([, csl]) => csl),
  ].sort();
}

describe('CSL dates', () => {
  const cases: [string, unknown][] = [
    ['2021-07-07', { 'date-parts': [[2021, 7, 7]] }],
    ['2021-07', { 'date-parts': [[2021, 7]] }],
    ['2021', { 'date-parts': [[2021]] }],
    ['July 2021', { literal: 'July 2021' }],
  ];
  for (const [input, expected] of cases) it(`reads "${input}"`, () => assert.deepEqual(cslDate(input), expected));
});

describe('reference order', () => {
  it('puts numbered references in number order, then footnotes', () => {
    const markers = ['④', '[11]', '①', '[2]', '[29]'];
    assert.deepEqual(
      [...markers].sort((a, b) => markerOrder(a) - markerOrder(b)),
      ['[2]', '[11]', '[29]', '①', '④'],
    );
  });
});

describe('LaTeX escaping', () => {
  const cases: [string, string][] = [
    ['Ethics & Governance', 'Ethics \\& Governance'],
    ['96%', '96\\%'],
    ['a_b #1 $2', 'a\\_b \\#1 \\$2'],
    ['{x}', '\\{x\\}'],
    ['谢凌曦《盘古》', '谢凌曦《盘古》'],
  ];
  for (const [input, expected] of cases) it(`escapes "${input}"`, () => assert.equal(latexText(input), expected));
});

for (const { name, graph: make } of GRAPHS) {
  describe(`references of ${name}`, () => {
    const graph = make();
    const sources = sourcesOf(graph.nodes);
    const items = referenceItems(graph, TEST_META);
    const csl = readBack(JSON.parse(referencesCslJson(graph, TEST_META)));
    const bib = readBack(referencesBib(graph, TEST_META));
    const cslById = new Map(csl.map((i) => [i.id, i]));
    const bibByKey = new Map(bib.map((i) => [i['citation-key'], i]));

    it('has the data set, the source paper and every cited work, in both files', () => {
      assert.equal(csl.length, sources.length + 2);
      assert.equal(bib.length, sources.length + 2);
      for (const id of [DATASET_ID, SOURCE_PAPER_ID, ...sources.map((s) => s.node.id)]) {
        assert.ok(cslById.has(id), `CSL-JSON has ${id}`);
        assert.ok(bibByKey.has(bibtexKey(id)), `BibTeX has ${bibtexKey(id)}`);
      }
    });

    it('gives each cited work only the fields the paper prints', () => {
      for (const { node, ref } of sources) {
        const fields = Object.keys(items.find((i) => i.id === node.id) ?? {}).sort();
        assert.deepEqual(fields, allowedFields(ref), node.id);
      }
    });

    it('states nothing about the source paper but what the text shows', () => {
      const paper = cslById.get(SOURCE_PAPER_ID);
      assert.deepEqual(Object.keys(items.find((i) => i.id === SOURCE_PAPER_ID) ?? {}).sort(), [
        'citation-key',
        'id',
        'language',
        'note',
        'type',
      ]);
      assert.match(paper?.note ?? '', /not given/);
    });

    it('reads back every printed field from CSL-JSON and from BibTeX, Chinese intact', () => {
      for (const { node, ref } of sources) {
        const expected = {
          title: ref.title,
          author: ref.author ? [ref.author] : undefined,
          URL: ref.url,
          issued: ref.issued ? cslDate(ref.issued) : undefined,
        };
        for (const [file, item] of [
          ['CSL-JSON', cslById.get(node.id)],
          ['BibTeX', bibByKey.get(bibtexKey(node.id))],
        ] as const) {
          assert.deepEqual(
            { title: item?.title, author: nameOf(item), URL: item?.URL, issued: item?.issued },
            expected,
            `${file} ${node.id}`,
          );
          assert.ok(item?.note?.includes(ref.marker), `${file} ${node.id} names its marker`);
          assert.ok(item?.note?.includes(node.summary.en), `${file} ${node.id} says what it is cited for`);
        }
        if (ref.accessed) assert.deepEqual(cslById.get(node.id)?.accessed, cslDate(ref.accessed));
      }
    });

    it('carries the data version and build date', () => {
      const data = cslById.get(DATASET_ID);
      assert.equal(data?.version, TEST_META.version);
      assert.deepEqual(data?.issued, cslDate(TEST_META.built.slice(0, 10)));
      const bibData = bibByKey.get(bibtexKey(DATASET_ID));
      assert.ok(bibData?.note?.includes(`Data version ${TEST_META.version}, built ${TEST_META.built}`), bibData?.note);
      assert.equal(bibData?.title, data?.title, 'the title survives LaTeX escaping ("&")');
    });
  });
}

describe('page citation', () => {
  for (const lang of LANGS) {
    it(`makes a BibTeX entry that citation-js reads back (${lang})`, () => {
      const t = messages(lang);
      const url = TEST_META.nodeUrl(lang, 'emergence');
      const note = t.cite.bibtexNote(t.siteTitle, TEST_META.version, ACCESSED_PLACEHOLDER);
      const parts = splitAtAccessed(
        pageBibtex({ id: 'explorer-emergence', title: lang === 'en' ? 'Emergence' : '涌现性', url, note }),
      );
      const today = isoDate(new Date(2025, 0, 5));
      const [entry] = readBack(fillAccessed(parts, today));
      assert.equal(today, '2025-01-05');
      assert.deepEqual(
        [entry?.['citation-key'], entry?.title, entry?.URL, entry?.note],
        [
          'explorer_emergence',
          lang === 'en' ? 'Emergence' : '涌现性',
          url,
          t.cite.bibtexNote(t.siteTitle, TEST_META.version, today),
        ],
      );
    });

    it(`puts title, site, version, address and date in the plain citation (${lang})`, () => {
      const t = messages(lang);
      const parts = splitAtAccessed(
        t.cite.plain({
          title: 'X',
          site: t.siteTitle,
          version: '9.8.7',
          url: 'https://example.edu/p/',
          accessed: ACCESSED_PLACEHOLDER,
        }),
      );
      const text = fillAccessed(parts, '2025-01-05');
      for (const piece of ['X', t.siteTitle, '9.8.7', 'https://example.edu/p/', '2025-01-05'])
        assert.ok(text.includes(piece), piece);
    });
  }

  it('refuses a citation with no place for the date accessed', () => {
    assert.throws(() => splitAtAccessed('no date here'), /date accessed/);
  });
});
