/**
 * The pairs the paper itself sets side by side, which the compare page shows in full
 * without JavaScript, each with why the paper contrasts them (our words, true to the
 * paper: each names the section that makes the contrast).
 */
import type { Localized } from '../graph/schema';

export interface PaperContrast {
  a: string;
  b: string;
  why: Localized;
}

const ihde = (a: string, b: string): PaperContrast => ({
  a,
  b,
  why: {
    en: 'Two of the four human–technology relations Ihde describes, which §3 sets out one after another.',
    zh: '伊德所说的四种人与技术关系中的两种，第 3 节逐一加以介绍。',
  },
});

export const PAPER_CONTRASTS: readonly PaperContrast[] = [
  {
    a: 'emergence',
    b: 'homogenization',
    why: {
      en: 'The two core traits of general models (§2.1.1).',
      zh: '通用模型的两项核心特性（第 2.1.1 节）。',
    },
  },
  {
    a: 'large-scale-data-training',
    b: 'task-generalization',
    why: { en: 'The two derived traits (§2.1.2).', zh: '两项衍生特性（第 2.1.2 节）。' },
  },
  {
    a: 'horizontal-homogenization',
    b: 'vertical-homogenization',
    why: {
      en: 'The two directions in which models become alike: across fields and across downstream tasks (§2.1.1).',
      zh: '模型趋同的两个方向：跨领域与跨下游任务（第 2.1.1 节）。',
    },
  },
  ihde('embodiment-relation', 'hermeneutic-relation'),
  ihde('embodiment-relation', 'alterity-relation'),
  ihde('embodiment-relation', 'background-relation'),
  ihde('hermeneutic-relation', 'alterity-relation'),
  ihde('hermeneutic-relation', 'background-relation'),
  ihde('alterity-relation', 'background-relation'),
  {
    a: 'human-technology-world',
    b: 'human-model-data-world',
    why: {
      en: 'For general models, §3 has human–model(data)–world take the place of Ihde’s human–technology–world.',
      zh: '在通用模型的语境下，第 3 节以“人-模型（数据）-世界”取代伊德的“人-技术-世界”。',
    },
  },
  {
    a: 'upstream-measures',
    b: 'downstream-measures',
    why: {
      en: 'The two kinds of governance technology: in pre-training (upstream) and in fine-tuning (downstream) (§4.1).',
      zh: '治理技术的两类：预训练阶段与微调阶段（第 4.1 节）。',
    },
  },
  {
    a: 'macro-mechanisms',
    b: 'micro-mechanisms',
    why: { en: 'The two levels of governance mechanisms (§4.2).', zh: '治理机制的两个层面（第 4.2 节）。' },
  },
  {
    a: 'intragenerational-justice',
    b: 'intergenerational-justice',
    why: {
      en: 'The two sides of global justice that the compute level raises: within and between generations (§2.2.3).',
      zh: '算力层面引出的全球正义的两个方面：代内与代际（第 2.2.3 节）。',
    },
  },
];
