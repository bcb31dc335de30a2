/**
 * What each node and edge kind is called in both languages, and which node kinds each
 * edge kind may join (the from → to table of DESIGN.md). The validator reads the table;
 * pages read the names and verbs. Typed against the schema's enums, so adding a kind to
 * the schema without naming it here is a type error.
 */
import type { EdgeKind, GovernanceScope, Lang, NodeKind } from './schema';
import { NODE_KINDS } from './vocabulary';

export { LEVEL_NAMES, NODE_KIND_NAMES } from './kind-names';

export const SCOPE_NAMES: Record<GovernanceScope, Record<Lang, string>> = {
  technical: { en: 'Governance tools', zh: '治理技术' },
  upstream: { en: 'Upstream (pre-training)', zh: '上游（预训练阶段）' },
  downstream: { en: 'Downstream (fine-tuning)', zh: '下游（微调阶段）' },
  mechanism: { en: 'Governance mechanism', zh: '治理机制' },
  macro: { en: 'Macro level', zh: '宏观层面' },
  micro: { en: 'Micro level', zh: '微观层面' },
};

/** The family of a scope: the matrix groups columns by it. */
export const SCOPE_FAMILY: Record<GovernanceScope, 'technical' | 'mechanism'> = {
  technical: 'technical',
  upstream: 'technical',
  downstream: 'technical',
  mechanism: 'mechanism',
  macro: 'mechanism',
  micro: 'mechanism',
};

type Verbs = Record<Lang, { forward: string; backward: string }>;

export interface EdgeKindRule {
  /** Node kinds an edge of this kind may start from. */
  from: readonly NodeKind[];
  /** Node kinds it may end at. `same` also allows an edge between two nodes of the same kind. */
  to: readonly NodeKind[];
  same?: boolean;
  directed: boolean;
  /** `forward` reads source → target ("A gives rise to B"); `backward` reads target ← source ("B arises from A"). */
  verbs: Verbs;
  /** One line for the legend and for authors. */
  meaning: Record<Lang, string>;
}

const ALL: readonly NodeKind[] = NODE_KINDS;
const allBut = (...kinds: NodeKind[]) => ALL.filter((k) => !kinds.includes(k));

export const EDGE_RULES: Record<EdgeKind, EdgeKindRule> = {
  'gives-rise-to': {
    from: ['trait', 'concept', 'challenge'],
    to: ['challenge', 'concept'],
    directed: true,
    verbs: { en: { forward: 'gives rise to', backward: 'arises from' }, zh: { forward: '引发', backward: '源于' } },
    meaning: { en: 'causes or produces', zh: '导致或产生' },
  },
  amplifies: {
    from: ['trait', 'concept'],
    to: ['challenge'],
    directed: true,
    verbs: { en: { forward: 'amplifies', backward: 'amplified by' }, zh: { forward: '放大', backward: '被放大于' } },
    meaning: { en: 'makes a problem wider or deeper', zh: '使问题在横向或纵向上扩大、加深' },
  },
  'arises-at': {
    from: ['challenge'],
    to: ['level'],
    directed: true,
    verbs: { en: { forward: 'arises at', backward: 'level of' }, zh: { forward: '位于', backward: '所在层面包括' } },
    meaning: { en: 'the level where the challenge sits', zh: '挑战所处的层面' },
  },
  'part-of': {
    from: allBut('source'),
    to: ['concept'],
    same: true,
    directed: true,
    verbs: { en: { forward: 'part of', backward: 'has part' }, zh: { forward: '属于', backward: '包括' } },
    meaning: { en: 'a sub-topic of', zh: '是……的组成部分' },
  },
  illustrates: {
    from: ['case'],
    to: allBut('case'),
    directed: true,
    verbs: {
      en: { forward: 'illustrates', backward: 'illustrated by' },
      zh: { forward: '例证', backward: '例证见于' },
    },
    meaning: { en: 'evidence or example for', zh: '作为证据或例子' },
  },
  explains: {
    from: ['concept', 'relation'],
    to: ['challenge', 'concept', 'limitation'],
    directed: true,
    verbs: { en: { forward: 'explains', backward: 'explained by' }, zh: { forward: '解释', backward: '被解释于' } },
    meaning: { en: 'accounts for', zh: '说明其成因' },
  },
  addresses: {
    from: ['governance', 'recommendation'],
    to: ['challenge'],
    directed: true,
    verbs: { en: { forward: 'addresses', backward: 'addressed by' }, zh: { forward: '应对', backward: '应对措施' } },
    meaning: { en: 'a response aimed at', zh: '针对该挑战的应对' },
  },
  'limited-by': {
    from: ['governance'],
    to: ['limitation'],
    directed: true,
    verbs: { en: { forward: 'limited by', backward: 'limits' }, zh: { forward: '局限在于', backward: '制约' } },
    meaning: { en: 'a limitation of that measure', zh: '该措施的局限' },
  },
  'responds-to': {
    from: ['recommendation'],
    to: ['limitation'],
    directed: true,
    verbs: { en: { forward: 'responds to', backward: 'answered by' }, zh: { forward: '回应', backward: '回应建议' } },
    meaning: { en: 'a proposed answer to', zh: '针对该局限提出的回应' },
  },
  requires: {
    from: ['relation', 'recommendation', 'concept'],
    to: ['concept', 'recommendation'],
    directed: true,
    verbs: { en: { forward: 'requires', backward: 'required by' }, zh: { forward: '要求', backward: '为其前提' } },
    meaning: { en: 'depends on', zh: '以……为前提' },
  },
  reframes: {
    from: ['relation'],
    to: ['relation'],
    directed: true,
    verbs: {
      en: { forward: 'takes the place of', backward: 'replaced by' },
      zh: { forward: '取代', backward: '被取代于' },
    },
    meaning: {
      en: 'human–model(data)–world takes the place of human–technology–world',
      zh: '“人-模型（数据）-世界”取代“人-技术-世界”',
    },
  },
  'manifests-as': {
    from: ['concept', 'relation', 'challenge'],
    to: ['concept', 'relation', 'challenge'],
    directed: true,
    verbs: {
      en: { forward: 'shows up as', backward: 'the form taken by' },
      zh: { forward: '表现为', backward: '体现了' },
    },
    meaning: {
      en: 'in the context of general models, the one shows itself as the other',
      zh: '在通用模型语境下，前者具体表现为后者',
    },
  },
  'trades-off-with': {
    from: ['governance', 'recommendation'],
    to: ['governance', 'recommendation', 'challenge'],
    directed: false,
    verbs: {
      en: { forward: 'trades off with', backward: 'trades off with' },
      zh: { forward: '与之权衡', backward: '与之权衡' },
    },
    meaning: { en: 'gaining one costs the other', zh: '得此失彼' },
  },
  'cited-for': {
    from: ['source'],
    to: allBut('source'),
    directed: true,
    verbs: { en: { forward: 'cited for', backward: 'draws on' }, zh: { forward: '被引用于', backward: '所依文献' } },
    meaning: {
      en: 'the paper relies on this work for the point (derived from citation markers)',
      zh: '论文就此引用该文献（由引用标记生成）',
    },
  },
};

/** Whether an edge of `kind` may join a `from` node to a `to` node. */
export function edgeAllowed(kind: EdgeKind, from: NodeKind, to: NodeKind): boolean {
  const rule = EDGE_RULES[kind];
  if (!rule.from.includes(from)) return false;
  return rule.to.includes(to) || (rule.same === true && from === to);
}
