/**
 * What each node kind and level is called in both languages: a module of its own, so the
 * client components that show these names (search, filters) do not ship the edge table
 * of kinds.ts with them. Typed against the schema's enums.
 */
import type { Lang, Level, NodeKind } from './schema';

type Names = Record<Lang, { one: string; many: string }>;

export const NODE_KIND_NAMES: Record<NodeKind, Names> = {
  trait: { en: { one: 'Trait', many: 'Traits' }, zh: { one: '特性', many: '特性' } },
  level: { en: { one: 'Level', many: 'Levels' }, zh: { one: '层面', many: '层面' } },
  challenge: {
    en: { one: 'Ethical challenge', many: 'Ethical challenges' },
    zh: { one: '伦理挑战', many: '伦理挑战' },
  },
  concept: { en: { one: 'Concept', many: 'Concepts' }, zh: { one: '概念', many: '概念' } },
  relation: {
    en: { one: 'Human–technology relation', many: 'Human–technology relations' },
    zh: { one: '人-技术关系', many: '人-技术关系' },
  },
  governance: {
    en: { one: 'Governance measure', many: 'Governance measures' },
    zh: { one: '治理措施', many: '治理措施' },
  },
  limitation: { en: { one: 'Limitation', many: 'Limitations' }, zh: { one: '局限', many: '局限' } },
  recommendation: { en: { one: 'Recommendation', many: 'Recommendations' }, zh: { one: '建议', many: '建议' } },
  case: { en: { one: 'Case', many: 'Cases' }, zh: { one: '案例', many: '案例' } },
  source: { en: { one: 'Cited work', many: 'Cited works' }, zh: { one: '文献', many: '文献' } },
};

export const LEVEL_NAMES: Record<Level, Record<Lang, string>> = {
  algorithm: { en: 'Algorithm', zh: '算法' },
  data: { en: 'Data', zh: '数据' },
  compute: { en: 'Computing power', zh: '算力' },
};
