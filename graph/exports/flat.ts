/**
 * Nodes and edges as flat records of plain values: what table-shaped formats (GraphML,
 * Cytoscape, CSV) can hold. Every exporter starts from these, so the same attribute has
 * the same name and value in every file.
 */
import { EDGE_RULES, NODE_KIND_NAMES } from '../kinds';
import type { Edge, Node } from '../schema';
import type { ExportMeta } from './meta';

export interface FlatNode {
  id: string;
  kind: string;
  /** The kind's English name ("Ethical challenge"), for tools that show types by name. */
  kind_name: string;
  label_en: string;
  label_zh: string;
  summary_en: string;
  summary_zh: string;
  aliases_en: string[];
  aliases_zh: string[];
  /** `algorithm`, `data` or `compute` for challenges; empty otherwise. */
  level: string;
  /** Where a governance measure sits; empty for other kinds. */
  scope: string;
  /** The paper's marker of a cited work ("[11]", "④"); empty for other kinds. */
  marker: string;
  /** The paper's sections this node is cited from, in order of first citation. */
  sections: string[];
  url_en: string;
  url_zh: string;
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  directed: boolean;
  /** The edge kind's verb, read source → target ("gives rise to"). */
  label_en: string;
  label_zh: string;
  stance: string;
  note_en: string;
  note_zh: string;
  sections: string[];
}

const sectionsOf = (item: Node | Edge) => [...new Set(item.citations.map((c) => c.section))];

export function flatNode(node: Node, meta: ExportMeta): FlatNode {
  return {
    id: node.id,
    kind: node.kind,
    kind_name: NODE_KIND_NAMES[node.kind].en.one,
    label_en: node.label.en,
    label_zh: node.label.zh,
    summary_en: node.summary.en,
    summary_zh: node.summary.zh,
    aliases_en: node.aliases?.en ?? [],
    aliases_zh: node.aliases?.zh ?? [],
    level: node.level ?? '',
    scope: node.scope ?? '',
    marker: node.reference?.marker ?? '',
    sections: sectionsOf(node),
    url_en: meta.nodeUrl('en', node.id),
    url_zh: meta.nodeUrl('zh', node.id),
  };
}

export function flatEdge(edge: Edge): FlatEdge {
  const rule = EDGE_RULES[edge.kind];
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
    directed: rule.directed,
    label_en: rule.verbs.en.forward,
    label_zh: rule.verbs.zh.forward,
    stance: edge.stance,
    note_en: edge.note?.en ?? '',
    note_zh: edge.note?.zh ?? '',
    sections: sectionsOf(edge),
  };
}

/** How lists are written in formats without a list type (GraphML strings, CSV cells). */
export const LIST_SEPARATOR = '; ';
export const joinList = (values: readonly string[]) => values.join(LIST_SEPARATOR);
