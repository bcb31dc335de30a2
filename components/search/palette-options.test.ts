/**
 * What the palette offers, on the real index: the answer to a question first, the best
 * results grouped by kind, "see all", and a way on when no idea matches every word.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchEn, searchZh } from '../../content/messages/search-strings';
import { readContentFiles } from '../../content/load';
import { loadGraph } from '../../graph/load';
import { createSearcher } from '../../graph/search';
import { buildBodyIndex, buildCoreIndex } from '../../graph/search-build';
import { PALETTE_HITS, paletteOptions, paletteStatus } from './palette-options';

const index = loadGraph();
const body = buildBodyIndex(readContentFiles().files);
const withPages = createSearcher(buildCoreIndex(index, 'test', { pages: { compare: true, paper: true } }), body);
const withoutPages = createSearcher(buildCoreIndex(index, 'test', { pages: { compare: false, paper: false } }), body);

/** A node's label, from the graph (labels change as the content is revised). */
const label = (id: string, lang: 'en' | 'zh' = 'en') => {
  const node = index.node.get(id);
  assert.ok(node, `no node ${id}`);
  return node.label[lang];
};

const offer = (q: string, s = withPages, lang: 'en' | 'zh' = 'en') =>
  paletteOptions(s.answer(q, lang, { limit: PALETTE_HITS }), s, lang, q, lang === 'en' ? searchEn : searchZh);

describe('paletteOptions', () => {
  it('lists the best results, then "see all" with the total, which links to the search page', () => {
    const options = offer('bias');
    const hits = options.filter((o) => o.type === 'hit');
    assert.equal(hits.length, PALETTE_HITS);
    assert.equal(hits[0]?.type === 'hit' && hits[0].hit.id, 'bias');
    const total = withPages.answer('bias', 'en').total;
    assert.ok(total > PALETTE_HITS);
    const all = options.find((o) => o.type === 'link' && o.href === '/en/search/?q=bias');
    assert.ok(all && all.type === 'link' && all.text === searchEn.seeAll(total));
  });

  it('groups results by kind in the order of each kind’s best result', () => {
    const kinds = offer('bias').flatMap((o) => (o.type === 'hit' ? [o.hit.kind] : []));
    const order = kinds.filter((k, i) => kinds.indexOf(k) === i);
    assert.deepEqual(
      kinds,
      order.flatMap((k) => kinds.filter((x) => x === k)),
    );
  });

  it('answers "A vs B" first, with the comparison page when it exists and the search page otherwise', () => {
    const [first] = offer('emergence vs homogenization');
    assert.deepEqual(first, {
      type: 'answer',
      text: searchEn.compare(label('emergence'), label('homogenization')),
      href: '/en/compare/?a=emergence&b=homogenization',
    });
    const [fallback] = offer('emergence vs homogenization', withoutPages);
    assert.equal(fallback?.type === 'answer' && fallback.href, '/en/search/?q=emergence+vs+homogenization');
  });

  it('answers a question about a challenge’s measures with its governance section, gap or not', () => {
    const [privacy] = offer('privacy measures');
    assert.deepEqual(privacy, {
      type: 'answer',
      text: searchEn.governance(
        label('privacy-and-security'),
        withPages.core.governance['privacy-and-security']?.length ?? 0,
      ),
      href: '/en/nodes/privacy-and-security/#governance',
    });
    const [bias] = offer('偏见的治理措施', withPages, 'zh');
    const measures = withPages.core.governance.bias?.length ?? 0;
    assert.ok(measures > 0);
    assert.equal(bias?.type === 'answer' && bias.text, searchZh.governance(label('bias', 'zh'), measures));
  });

  it('links a section of the paper to its anchor on the paper page', () => {
    const section = offer('2.2.1').find((o) => o.type === 'hit');
    assert.equal(section?.type === 'hit' && section.href, '/en/paper/#s2-2-1');
  });

  it('offers nearer words, each word alone and places to browse when no idea matches every word', () => {
    const options = offer('tocksicity');
    assert.ok(options.some((o) => o.type === 'query' && o.query === 'toxicity'));
    assert.ok(options.some((o) => o.type === 'link' && o.href === '/en/glossary/'));
    assert.ok(options.some((o) => o.type === 'link' && o.href === '/en/explore/'));
    const two = offer('privacy crocodile');
    const privacy = withPages.answer('privacy', 'en').total;
    assert.ok(
      two.some((o) => o.type === 'query' && o.query === 'privacy' && o.text === searchEn.alone('privacy', privacy)),
    );
    assert.ok(
      two.some((o) => o.type === 'query' && o.query === 'crocodile' && o.text === searchEn.alone('crocodile', 0)),
    );
  });

  it('says why in the status line', () => {
    const status = (q: string) => paletteStatus(withPages.answer(q, 'en', { limit: PALETTE_HITS }), q, 'en', searchEn);
    assert.equal(status('crocodile'), searchEn.noResults('crocodile'));
    assert.match(status('privacy crocodile'), /No idea matches all of: “privacy”, “crocodile”/);
  });
});
