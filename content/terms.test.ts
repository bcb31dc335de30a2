/** One English term per Chinese term: the banned variants are found, the preferred terms are not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from './messages';
import { TERM_RULES, bannedTerms, englishOfMdx } from './terms';

describe('bannedTerms', () => {
  const cases: { text: string; found: string[] }[] = [
    { text: 'an open, full-process, value-embedded ethical regulation mechanism', found: ['regulation mechanism'] },
    { text: 'an open, full-process, value-embedded ethical restraint mechanism', found: [] },
    { text: 'massive compute and the compute level', found: ['compute', 'compute'] },
    { text: 'massive computing power; the computer; computed values', found: [] },
    {
      text: 'Governance technology works on data; governance technologies',
      found: ['Governance technology', 'governance technologies'],
    },
    { text: 'the model as the "mother body" of downstream applications', found: ['mother body'] },
    { text: 'not the lived world but the lifeworld', found: ['lived world'] },
    { text: 'China’s dual carbon goals; its dual-carbon goals', found: ['dual carbon'] },
    { text: 'from the angle of knowledge', found: ['angle of knowledge'] },
    { text: 'stochastic parrots, or parroting', found: ['stochastic parrots'] },
    { text: 'homogenisation and homogenization', found: ['homogenisation'] },
    { text: 'the long tail effect; the long-tail effect; a long tail', found: ['long tail effect'] },
  ];
  for (const c of cases) {
    it(`finds ${c.found.length === 0 ? 'nothing' : c.found.join(', ')} in "${c.text}"`, () => {
      assert.deepEqual(
        bannedTerms(c.text).map((h) => h.found),
        c.found,
      );
    });
  }

  it('names the preferred term and the Chinese term for each hit', () => {
    const [hit] = bannedTerms('the mirror effect');
    assert.equal(hit?.rule.preferred, 'mirroring effect');
    assert.equal(hit?.rule.zh, '镜像效应');
  });

  it('lists each Chinese term once', () => {
    assert.equal(new Set(TERM_RULES.map((r) => r.zh)).size, TERM_RULES.length);
  });
});

describe('englishOfMdx', () => {
  it('keeps prose and translations, drops markup and the Chinese of quotations', () => {
    const mdx =
      'The <NodeLink id="compute">level</NodeLink> of compute.\n\n<Quote section="2.2" translation="massive compute">使用海量算力</Quote>';
    assert.equal(englishOfMdx(mdx), 'The level of compute.\n\nmassive compute');
    assert.equal(bannedTerms(englishOfMdx(mdx)).length, 2, 'the id="compute" attribute is not text');
  });
});

describe('the English interface strings', () => {
  it('use the listed terms', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (typeof v === 'function') strings.push(String(v));
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(messages('en'));
    // The embed guide lists the literal values of the `levels` parameter, which are ids.
    const literalValues = (s: string) => s.includes('(comma-separated)');
    assert.deepEqual(
      strings
        .filter((s) => !literalValues(s))
        .flatMap((s) => bannedTerms(s).map((h) => `${h.found} (use ${h.rule.preferred})`)),
      [],
    );
  });
});
