/**
 * Fixtures for the exporters' tests: a fixed build date and address (so outputs are
 * deterministic), the real graph, and a tiny graph with the awkward cases the real data
 * may not have yet — an undirected edge, text with commas, quotes and line breaks, a
 * cited work with every printed field.
 */
import { loadGraph } from '../load';
import { Graph } from '../schema';
import type { ExportMeta } from './meta';

export const TEST_META: ExportMeta = {
  version: '0.1.0',
  built: '2025-01-31T12:00:00.000Z',
  site: 'https://example.edu/framework',
  nodeUrl: (lang, id) => `https://example.edu/framework/${lang}/nodes/${id}/`,
  title: { en: 'Framework graph (test)', zh: '框架图谱（测试）' },
};

/** The validated framework graph, as published. */
export const realGraph = (): Graph => Graph.parse(loadGraph().graph);

const cite = [{ section: '2.2.2' as const, quote: '数据中的偏见' }];

/** A small graph whose text tries to break every format. */
export function tinyGraph(): Graph {
  return Graph.parse({
    version: '0.1.0',
    nodes: [
      {
        id: 'bias',
        kind: 'challenge',
        label: { en: 'Bias, "systemic"', zh: '偏见，“系统性”' },
        summary: { en: 'Line one,\nline two; 50% & <b>tags</b>', zh: '第一行，\n第二行' },
        aliases: { en: ['prejudice'], zh: ['偏差', '成见'] },
        level: 'data',
        citations: cite,
      },
      {
        id: 'data',
        kind: 'level',
        label: { en: 'Data level', zh: '数据层面' },
        summary: { en: 'Data.', zh: '数据。' },
        citations: cite,
      },
      {
        id: 'data-cleaning',
        kind: 'governance',
        scope: 'upstream',
        label: { en: 'Training-data cleaning', zh: '训练数据清洗' },
        summary: { en: 'Cleaning.', zh: '清洗。' },
        citations: cite,
      },
      {
        id: 'sample-bias',
        kind: 'challenge',
        label: { en: 'Sample bias', zh: '样本偏见' },
        summary: { en: 'Part of bias.', zh: '偏见的一部分。' },
        level: 'data',
        citations: cite,
      },
      {
        id: 'fn-9',
        kind: 'source',
        label: { en: 'Footnote ④ (Jigsaw)', zh: '脚注④（Jigsaw）' },
        summary: { en: 'Cited for the definition of toxicity_score & 96% of it.', zh: '引用其毒性定义。' },
        reference: {
          marker: '④',
          author: 'Jigsaw 等',
          title: '关于 API: About the {API}',
          issued: '2021-07-07',
          accessed: '2022-06-29',
          url: 'https://example.org/a%20b?x=1&y=2',
        },
        citations: [{ ...cite[0], refs: ['④'] }],
      },
      {
        id: 'ref-3',
        kind: 'source',
        label: { en: 'Reference [3]', zh: '文献[3]' },
        summary: { en: 'Cited for the cost of models.', zh: '引用其模型成本。' },
        reference: { marker: '[3]' },
        citations: [{ ...cite[0], refs: ['[3]'] }],
      },
    ],
    edges: [
      {
        id: 'bias--arises-at--data',
        source: 'bias',
        kind: 'arises-at',
        target: 'data',
        stance: 'stated',
        citations: cite,
      },
      {
        id: 'sample-bias--part-of--bias',
        source: 'sample-bias',
        kind: 'part-of',
        target: 'bias',
        stance: 'stated',
        citations: cite,
      },
      {
        id: 'data-cleaning--trades-off-with--bias',
        source: 'data-cleaning',
        kind: 'trades-off-with',
        target: 'bias',
        stance: 'inferred',
        note: { en: 'Cleaning removes, "but" also loses, data.', zh: '清洗会去除数据，也会丢失数据。' },
        citations: cite,
      },
      {
        id: 'data-cleaning--addresses--sample-bias',
        source: 'data-cleaning',
        kind: 'addresses',
        target: 'sample-bias',
        stance: 'stated',
        citations: cite,
      },
      {
        id: 'fn-9--cited-for--bias',
        source: 'fn-9',
        kind: 'cited-for',
        target: 'bias',
        stance: 'stated',
        citations: cite,
      },
      {
        id: 'ref-3--cited-for--data',
        source: 'ref-3',
        kind: 'cited-for',
        target: 'data',
        stance: 'stated',
        citations: cite,
      },
    ],
  });
}

/** Both graphs, for tests that must hold for real data and for the awkward cases alike. */
export const GRAPHS: { name: string; graph: () => Graph }[] = [
  { name: 'the framework graph', graph: realGraph },
  { name: 'a tiny graph with awkward text', graph: tinyGraph },
];
