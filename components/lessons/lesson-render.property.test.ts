/**
 * "A lesson address or file from anywhere never injects markup": whatever a hostile link or
 * file makes the readers give back, the lesson's steps and its problems render (on the
 * server, as the browser would) to the player's own elements only — the teacher's words,
 * the ids and the quoted values appear as text, never as tags or attributes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { lessonStrings } from '../../content/messages/lesson-strings';
import type { ExplorerGraph } from '../../graph/explorer-data';
import { edgeIdOf, nodeId } from '../../graph/ids';
import { decodeLesson, parseLessonFile } from '../../graph/lesson-codec';
import { PROPERTY_RUNS, hostileText, isWellFormed } from '../../graph/test-arbitraries';
import { LessonProblems } from './lesson-problems';
import { LessonStepView } from './lesson-step-view';

const node = (id: string) => ({
  id: nodeId(id),
  kind: 'challenge' as const,
  label: { en: `Label ${id}`, zh: `标签 ${id}` },
  summary: { en: `Summary of ${id}.`, zh: `${id} 的摘要。` },
});
const graph: ExplorerGraph = {
  nodes: ['bias', 'fairness'].map(node),
  edges: [
    {
      id: edgeIdOf('bias--gives-rise-to--fairness'),
      source: nodeId('bias'),
      target: nodeId('fairness'),
      kind: 'gives-rise-to',
      stance: 'stated',
    },
  ],
};
const ctx = { nodeIds: new Set(['bias', 'fairness']), lang: 'en' as const };

/** Only these elements may appear: the player's own. */
const ALLOWED = new Set(['p', 'h2', 'h3', 'a', 'span', 'aside', 'strong', 'div', 'ul', 'li']);

function assertNoInjectedMarkup(html: string) {
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]?.toLowerCase() ?? '');
  for (const tag of tags) assert.ok(ALLOWED.has(tag), `unexpected <${tag}> in ${html.slice(0, 300)}`);
  // Text content has its "<" escaped, so every "<…>" left is a real tag: look inside those only.
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    assert.doesNotMatch(tag, /\son[a-z]+=/i, `no event handler attribute in ${tag}`);
    assert.doesNotMatch(
      tag,
      /href="(?!\/(en|zh)\/nodes\/(bias|fairness)\/")/,
      `links only to the ideas’ pages: ${tag}`,
    );
  }
  assert.ok(isWellFormed(html));
}

const field = fc.oneof(hostileText, fc.constantFrom('bias', 'fairness', '<img src=x onerror=alert(1)>'));
const hostileLink = fc
  .tuple(field, field, field, field, fc.array(fc.tuple(field, field, field), { maxLength: 4 }))
  .map((t) => `1.${Buffer.from(JSON.stringify(t)).toString('base64url')}`);
const hostileFile = fc
  .record({
    title: field,
    note: field,
    lang: field,
    steps: fc.array(fc.record({ node: field, title: field, note: field }), { maxLength: 4 }),
  })
  .map((r) => JSON.stringify({ format: 'framework-explorer-lesson', version: 1, data: '0.1.0', ...r }));

describe('a lesson from a hostile link or file, rendered', () => {
  it('shows only the player’s own elements, with every value as text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileLink, hostileFile), fc.constantFrom('en' as const, 'zh' as const), (input, lang) => {
        const read = input.startsWith('1.') ? decodeLesson(input, ctx) : parseLessonFile(input, ctx);
        const t = lessonStrings(lang);
        const parts: ReactElement[] = [createElement(LessonProblems, { t, problems: read.problems, key: 'problems' })];
        const steps = read.lesson?.steps ?? [];
        steps.forEach((step, i) =>
          parts.push(
            createElement(LessonStepView, {
              key: i,
              step,
              index: i,
              total: steps.length,
              node: graph.nodes.find((n) => n.id === step.node),
              previous: graph.nodes.find((n) => n.id === steps[i - 1]?.node),
              text: 'failed',
              notesLang: read.lesson?.lang ?? 'en',
              graph,
              lang,
              t,
              progress: `${i + 1}`,
              plainLinks: true,
            }),
          ),
        );
        assertNoInjectedMarkup(renderToStaticMarkup(createElement('div', null, parts)));
      }),
      { ...PROPERTY_RUNS, numRuns: 150 },
    );
  });
});
