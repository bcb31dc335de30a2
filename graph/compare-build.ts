/**
 * Build-time half of the compare page: one card per idea and language (graph/compare.ts
 * says what a card holds). The challenges an idea leads to are found with cytoscape's
 * breadth-first search, run headless over the graph's causal links.
 */
import cytoscape from 'cytoscape';
import { EDGE_RULES, LEVEL_NAMES, NODE_KIND_NAMES } from './kinds';
import type { GraphIndex } from './load';
import type { CompareCard, CompareLink, CompareRef } from './compare';
import type { EdgeKind, Lang, Node } from './schema';
import { paperSection, sectionAnchor, sectionName } from './sections';

/** The links along which an idea leads to a challenge: causes, amplifies, accounts for, shows up as. */
export const CAUSAL_KINDS: readonly EdgeKind[] = ['gives-rise-to', 'amplifies', 'explains', 'manifests-as'];
/** How far to follow them. */
export const LEADS_TO_DEPTH = 3;
/** How many of an idea's citations the card quotes. */
export const DEFINITIONS = 2;

const ref = (n: Node, lang: Lang): CompareRef => ({ id: n.id, label: n.label[lang], kind: n.kind });

/** A cytoscape graph of the causal links only, shared by every card of a build. */
export function causalGraph(index: GraphIndex): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...index.graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...index.graph.edges
        .filter((e) => CAUSAL_KINDS.includes(e.kind))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
}

/** The challenges reachable from `id` along causal links, each with the ideas on the way. */
function leadsTo(index: GraphIndex, cy: cytoscape.Core, id: string, lang: Lang): CompareCard['leadsTo'] {
  const parent = new Map<string, string>();
  const found: string[] = [];
  cy.elements().bfs({
    roots: cy.getElementById(id),
    directed: true,
    visit: (v, _e, u, _i, depth) => {
      if (depth > LEADS_TO_DEPTH) return false;
      if (u) parent.set(v.id(), u.id());
      if (depth > 0 && index.node.get(v.id())?.kind === 'challenge') found.push(v.id());
      return undefined;
    },
  });
  return found.flatMap((c) => {
    const challenge = index.node.get(c);
    if (!challenge) return [];
    const via: CompareRef[] = [];
    for (let p = parent.get(c); p !== undefined && p !== id; p = parent.get(p)) {
      const n = index.node.get(p);
      if (n) via.unshift(ref(n, lang));
    }
    return [{ challenge: ref(challenge, lang), via }];
  });
}

function links(index: GraphIndex, node: Node, lang: Lang): CompareLink[] {
  const read = (dir: 'out' | 'in') =>
    (dir === 'out' ? index.outgoing : index.incoming).get(node.id)?.flatMap((e): CompareLink[] => {
      if (e.kind === 'cited-for') return [];
      const other = index.node.get(dir === 'out' ? e.target : e.source);
      if (!other) return [];
      const verbs = EDGE_RULES[e.kind].verbs[lang];
      return [
        {
          other: ref(other, lang),
          kind: e.kind,
          dir,
          verb: dir === 'out' ? verbs.forward : verbs.backward,
          inferred: e.stance === 'inferred',
        },
      ];
    }) ?? [];
  return [...read('out'), ...read('in')];
}

/** One idea's card in one language. */
export function compareCard(index: GraphIndex, cy: cytoscape.Core, node: Node, lang: Lang): CompareCard {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return {
    id: node.id,
    lang,
    kind: node.kind,
    kindName: NODE_KIND_NAMES[node.kind][lang].one,
    ...(node.level ? { level: LEVEL_NAMES[node.level][lang] } : {}),
    label: node.label[lang],
    otherLabel: node.label[other],
    summary: node.summary[lang],
    definitions: node.citations.slice(0, DEFINITIONS).map((c) => {
      const section = paperSection(c.section);
      return {
        section: c.section,
        sectionName: section ? sectionName(section.id, lang) : c.section,
        anchor: section ? sectionAnchor(section.id) : '',
        quote: c.quote,
      };
    }),
    links: links(index, node, lang),
    leadsTo: leadsTo(index, cy, node.id, lang),
    addresses: (index.outgoing.get(node.id) ?? []).flatMap((e) => {
      const target = e.kind === 'addresses' ? index.node.get(e.target) : undefined;
      return target ? [ref(target, lang)] : [];
    }),
  };
}
