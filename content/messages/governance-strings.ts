/** The strings of a challenge page's governance status, in both languages (rendered on the server). */
import type { Lang } from '../../graph/schema';

export const governanceEn = {
  title: 'Governance status',
  gap: 'A gap:',
  gapText: 'no measure in the paper reaches this challenge.',
  gapTextSub: (broader: string) =>
    `no measure in the paper reaches this challenge — none addresses it, nor ${broader}, which it is part of.`,
  reachedBy: (n: number) =>
    `${n} measure${n === 1 ? '' : 's'} in the paper reach${n === 1 ? 'es' : ''} this challenge. For each: how the paper links it, what limits it, and what the paper recommends in response.`,
  stated: 'stated by the paper',
  inferred: 'inferred by the editors',
  addresses: 'addresses it',
  via: (broader: string) => `reaches it through ${broader}, which it addresses`,
  limits: 'Limited by',
  noLimits: 'The paper names no limitation of this measure.',
  inherited: (broader: string) => `found in ${broader}, which it belongs to`,
  answeredBy: 'The paper recommends in response',
  noAnswer: 'The paper recommends nothing in response to this limitation.',
  proposals: 'What the paper proposes for it',
  proposalVia: (broader: string) => `through ${broader}`,
  evidence: 'The paper’s words',
  briefOn: 'Compose a brief on this challenge',
  inMatrix: 'See it in the matrix',
};

export const governanceZh = {
  title: '治理状况',
  gap: '空白：',
  gapText: '论文中没有任何措施触及这一挑战。',
  gapTextSub: (broader: string) => `论文中没有任何措施触及这一挑战——既无措施应对它，也无措施应对它所属的“${broader}”。`,
  reachedBy: (n: number) =>
    `论文中有 ${n} 项措施触及这一挑战。以下逐项说明论文如何关联、措施有何局限，以及论文为此提出的建议。`,
  stated: '论文明言',
  inferred: '编者推断',
  addresses: '应对此挑战',
  via: (broader: string) => `经由其所应对的“${broader}”触及此挑战`,
  limits: '局限在于',
  noLimits: '论文未指出此措施的局限。',
  inherited: (broader: string) => `见于其所属的“${broader}”`,
  answeredBy: '论文为此提出的建议',
  noAnswer: '论文未针对这一局限提出建议。',
  proposals: '论文为此提出的建议',
  proposalVia: (broader: string) => `经由“${broader}”`,
  evidence: '论文原文',
  briefOn: '就此挑战生成简报',
  inMatrix: '在对照表中查看',
} satisfies typeof governanceEn;

export const governanceStrings = (lang: Lang): typeof governanceEn => (lang === 'en' ? governanceEn : governanceZh);
