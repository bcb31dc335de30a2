/**
 * The SVG renderer: well-formed markup, text escaped, every box and link drawn with the
 * classes the page styles; an exported picture carries its own colours, title, legend,
 * address and data version.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { create } from 'xmlbuilder2';
import { escapeXml, renderSvg, type Drawing, type Frame, type Palette } from './svg-drawing';

const drawing: Drawing = {
  nodes: [
    {
      id: 'emergence',
      kind: 'trait',
      label: 'Emergence <&> "x"',
      lines: ['Emergence <&>', '"x"'],
      box: { x: 60, y: 20, width: 120, height: 42 },
      badge: '+3',
    },
    {
      id: 'data',
      kind: 'level',
      label: '数据层面',
      lines: ['数据层面'],
      box: { x: 260, y: 13, width: 100, height: 28 },
      header: true,
    },
  ],
  edges: [
    {
      id: 'emergence--gives-rise-to--data',
      kind: 'gives-rise-to',
      stance: 'inferred',
      source: 'emergence',
      target: 'data',
      directed: true,
      sentence: 'Emergence — gives rise to → 数据层面',
    },
  ],
  stages: [{ title: 'Traits & co', x: 0, width: 120 }],
  width: 310,
  height: 42,
};
const palette: Palette = {
  bg: '#fff',
  soft: '#eee',
  fg: '#111',
  muted: '#555',
  border: '#ccc',
  inferred: '#840',
  trait: '#53c',
  level: '#345',
  challenge: '#b22',
  concept: '#066',
  relation: '#740',
  governance: '#162',
  limitation: '#837',
  recommendation: '#05a',
  case: '#650',
  source: '#555',
};
const frame: Frame = {
  title: 'The argument — opening view',
  footer: ['https://example.edu/en/explore/?focus=bias', 'Data version 0.1.0'],
  legend: { kinds: [{ kind: 'trait', name: 'Traits' }], stated: 'stated by the paper', inferred: 'editorial' },
};

/** Parses the markup as XML (throws if it is not well-formed) and returns it as an object. */
const parse = (svg: string) => create(svg).end({ format: 'object' });

describe('renderSvg', () => {
  it('writes well-formed SVG with escaped text and the accessible name', () => {
    const svg = renderSvg(drawing, { lang: 'en', label: 'Graph <of> ideas' });
    assert.doesNotThrow(() => parse(svg));
    assert.match(svg, /aria-label="Graph &lt;of&gt; ideas"/);
    assert.match(svg, /Emergence &lt;&amp;&gt;/);
    assert.doesNotMatch(svg, /<&>/);
  });
  it('draws each box and link with the classes the page colours it by, and no colours of its own', () => {
    const svg = renderSvg(drawing, { lang: 'en', label: 'x' });
    assert.match(svg, /<g class="ad-node ad-kind-trait" data-id="emergence">/);
    assert.match(svg, /<g class="ad-node ad-kind-level ad-header" data-id="data">/);
    assert.match(svg, /class="ad-edge ad-link-gives-rise-to ad-inferred" data-edge="emergence--gives-rise-to--data"/);
    assert.match(svg, /<title>Emergence — gives rise to → 数据层面<\/title>/);
    assert.match(svg, /class="ad-badge" data-open="emergence"/);
    assert.match(svg, /Traits &amp; co/);
    assert.doesNotMatch(svg, /<style>/);
    assert.equal((svg.match(/<tspan/g) ?? []).length, 3, 'one tspan per line of each label');
  });
  it('marks Chinese text as Chinese', () => {
    assert.match(renderSvg(drawing, { lang: 'zh', label: 'x' }), /xml:lang="zh-Hans"/);
  });
  it('exports a picture that stands alone: colours, title, legend, address and data version', () => {
    const svg = renderSvg(drawing, { lang: 'en', label: 'x', palette, frame });
    assert.doesNotThrow(() => parse(svg));
    assert.match(svg, /<style>[^<]*\.ad-kind-trait \.ad-box\{stroke:#53c\}/);
    assert.match(svg, /<rect class="ad-bg"/);
    assert.match(svg, /The argument — opening view/);
    assert.match(svg, /<g class="ad-legend">.*Traits.*stated by the paper.*editorial/);
    assert.match(svg, /https:\/\/example\.edu\/en\/explore\/\?focus=bias/);
    assert.match(svg, /Data version 0\.1\.0/);
  });
  it('makes room for the frame: the picture grows by the title and the footer', () => {
    const plain = /viewBox="[^ ]+ [^ ]+ ([\d.]+) ([\d.]+)"/.exec(renderSvg(drawing, { lang: 'en', label: 'x' }));
    const framed = /viewBox="[^ ]+ [^ ]+ ([\d.]+) ([\d.]+)"/.exec(
      renderSvg(drawing, { lang: 'en', label: 'x', frame }),
    );
    assert.ok(Number(framed?.[2]) > Number(plain?.[2]) + 60);
  });
});

describe('escapeXml', () => {
  it('escapes the five characters that matter', () =>
    assert.equal(escapeXml(`<a href="x">&</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'));
});
