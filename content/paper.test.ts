/**
 * The reading companion's authored parts, and the paper's identity: every section has our
 * note in both languages, in our own words; the page quotes at most 15 % of the paper's
 * Han characters; a filled-in `paper.yaml` reaches every citation the site exports, and an
 * empty one makes none up.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { Cite } from '@citation-js/core';
import { z } from 'zod';
import { bibtexKey } from '../graph/exports/citation';
import { SOURCE_PAPER_ID, referencesBib, referencesCslJson } from '../graph/exports/references';
import { TEST_META, realGraph } from '../graph/exports/testing';
import { loadGraph } from '../graph/load';
import { paperReference } from '../graph/paper-identity';
import { entriesOf, outlineQuotes, paperOutline } from '../graph/paper-outline';
import { findPaper, makeCopyFinder } from '../graph/quotes';
import { measureQuoteShare } from '../graph/quote-share';
import { PAPER_SECTIONS } from '../graph/sections';
import { PAPER_FILE, SECTIONS_FILE, checkPaperRecord, checkSectionNotes } from './paper';

const index = loadGraph();
const entries = (id: string) => {
  const node = index.node.get(id);
  return node ? entriesOf(node) : undefined;
};
const { notes, problems } = checkSectionNotes(fs.readFileSync(SECTIONS_FILE, 'utf8'), entries);
const paperPath = findPaper();
const squash = (s: string) => s.replace(/\s+/g, '');

describe('our notes on the sections', () => {
  it('are valid, one per section, for every section', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(
      notes.map((n) => n.id),
      PAPER_SECTIONS.map((s) => s.id),
    );
  });

  it('say in two or three sentences what the section argues, in both languages', () => {
    for (const n of notes) {
      const en = n.summary.en.split(/(?<=[.?!])\s+(?=[A-Z§])/).length;
      const zh = n.summary.zh.split('。').filter((s) => s.trim() !== '').length;
      assert.ok(en >= 2 && en <= 3, `${n.id}: ${en} English sentences`);
      assert.ok(zh >= 2 && zh <= 3, `${n.id}: ${zh} Chinese sentences`);
    }
  });

  it('name unknown sections, missing sections and ideas not cited in their section', () => {
    const text = `sections:\n  - id: '9.9'\n    summary: { en: a, zh: 甲 }\n    quote: []\n  - id: '2.1.1'\n    summary: { en: a, zh: 甲 }\n    quote: [bias, no-such-idea]\n`;
    const messages = checkSectionNotes(text, entries).problems.map((p) => `${p.id} ${p.field}: ${p.message}`);
    assert.ok(messages.includes('9.9 id: "9.9" is not a section of the paper'));
    assert.ok(messages.includes('2.1.1 quote: "bias" is not cited in this section'));
    assert.ok(messages.includes('2.1.1 quote: "no-such-idea" is not a node'));
    assert.ok(messages.some((m) => m.startsWith('abstract (entry)')));
  });
});

describe('the paper page against the paper', { skip: paperPath === undefined && 'the paper is not available' }, () => {
  const paper = paperPath === undefined ? '' : fs.readFileSync(paperPath, 'utf8');
  const outline = paperOutline(index, (e) => notes.find((n) => n.id === e)?.quote ?? []);
  const headings = PAPER_SECTIONS.filter((s) => !s.editorial).map((s) => s.heading.zh);

  it('quotes at most 15 % of the paper’s Han characters, headings included', () => {
    const quoted = measureQuoteShare(paper, [...outlineQuotes(outline), ...headings]).share;
    assert.ok(quoted <= 0.15, `the page quotes ${(100 * quoted).toFixed(1)} % of the paper`);
    assert.ok(quoted > 0, 'the page quotes the paper somewhere');
  });

  it('prints every heading as the paper does', () => {
    for (const h of headings) assert.ok(squash(paper).includes(squash(h)), h);
  });

  it('shows the quotation chosen for each idea', () => {
    for (const n of notes)
      for (const id of n.quote) {
        const entry = outline.find((e) => e.section.id === n.id);
        const idea = entry?.groups.flatMap((g) => g.ideas).find((i) => i.node.id === id);
        assert.ok(idea?.quote, `${n.id}: no short quotation for ${id}`);
      }
  });

  it('summarises in our own words (no run of more than 24 Han characters from the paper)', () => {
    const copies = makeCopyFinder(paper);
    for (const n of notes) assert.deepEqual(copies(n.summary.zh), [], n.id);
  });
});

const SAMPLE = `
title: { zh: 通用模型的伦理与治理：挑战及对策, en: 'Ethics and governance of general models: challenges and countermeasures' }
authors: { zh: [张三, 李四], en: [Zhang San, Li Si] }
venue: { zh: 中国科学院院刊, en: Bulletin of the Chinese Academy of Sciences }
year: 2022
volume: '37'
issue: '9'
pages: 1290-1299
doi: 10.16418/j.issn.1000-3045.20220000001
`;

const CslItem = z.looseObject({
  id: z.string(),
  'citation-key': z.string().optional(),
  type: z.string(),
  title: z.string().optional(),
  author: z.array(z.looseObject({ literal: z.string().optional(), family: z.string().optional() })).optional(),
  'container-title': z.string().optional(),
  issued: z.object({ 'date-parts': z.array(z.array(z.number())) }).optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  volume: z.union([z.string(), z.number()]).optional(),
  note: z.string().optional(),
});
const paperItem = (input: unknown) =>
  z
    .array(CslItem)
    .parse(new Cite(input).data)
    .find((i) => i['citation-key'] === bibtexKey(SOURCE_PAPER_ID));

describe('the paper’s identity (content/paper.yaml)', () => {
  it('is empty in this repository', () => {
    const { record, problems: p } = checkPaperRecord(fs.readFileSync(PAPER_FILE, 'utf8'));
    assert.deepEqual(p, []);
    assert.equal(record.given, false);
  });

  it('rejects a half-filled record, naming what is missing', () => {
    const { record, problems: p } = checkPaperRecord('title: { zh: 题名, en: Title }\ndoi: https://doi.org/10.1/x\n');
    assert.equal(record.given, false);
    const fields = p.map((x) => x.field);
    for (const f of ['authors', 'venue', 'year', 'doi']) assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
  });

  describe('filled in', () => {
    const { record, problems: p } = checkPaperRecord(SAMPLE);
    const graph = realGraph();
    it('is read', () => {
      assert.deepEqual(p, []);
      assert.equal(record.given, true);
    });
    for (const [name, text] of [
      ['references.json', referencesCslJson(graph, TEST_META, record)],
      ['references.bib', referencesBib(graph, TEST_META, record)],
    ] as const)
      it(`is the source paper's entry in ${name}`, () => {
        const item = paperItem(name.endsWith('.json') ? JSON.parse(text) : text);
        assert.equal(item?.type, 'article-journal');
        assert.equal(item?.title, '通用模型的伦理与治理：挑战及对策');
        assert.deepEqual(
          item?.author?.map((a) => a.literal ?? a.family),
          ['张三', '李四'],
        );
        assert.equal(item?.['container-title'], '中国科学院院刊');
        assert.deepEqual(item?.issued?.['date-parts'], [[2022]]);
        assert.equal(item?.DOI, '10.16418/j.issn.1000-3045.20220000001');
        assert.equal(String(item?.volume), '37');
      });
    it('is the paper’s reference on the site, in both languages', () => {
      assert.ok(record.given);
      const en = paperReference(record.identity, 'en');
      const zh = paperReference(record.identity, 'zh');
      for (const part of [
        'Zhang San, Li Si',
        '(2022)',
        'Ethics and governance of general models',
        'Bulletin of the Chinese Academy of Sciences, 37(9), 1290-1299',
        'https://doi.org/10.16418/',
      ])
        assert.ok(en.includes(part), `${part} in ${en}`);
      for (const part of [
        '张三, 李四',
        '通用模型的伦理与治理：挑战及对策[J]',
        '中国科学院院刊, 2022, 37(9): 1290-1299',
      ])
        assert.ok(zh.includes(part), `${part} in ${zh}`);
    });
  });

  describe('left empty', () => {
    const { record } = checkPaperRecord('# nothing here\n');
    const graph = realGraph();
    for (const [name, text] of [
      ['references.json', referencesCslJson(graph, TEST_META, record)],
      ['references.bib', referencesBib(graph, TEST_META, record)],
    ] as const)
      it(`invents nothing in ${name}: no title, author, venue, date or DOI, and a note that they are not given`, () => {
        const item = paperItem(name.endsWith('.json') ? JSON.parse(text) : text);
        assert.ok(item);
        for (const field of ['title', 'author', 'container-title', 'issued', 'DOI', 'URL', 'volume'] as const)
          assert.equal(item[field], undefined, field);
        assert.match(item.note ?? '', /not given/);
      });
  });
});
