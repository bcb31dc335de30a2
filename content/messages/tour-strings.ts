/**
 * The tours strings in both languages, in a module of their own so that the client
 * components that need them ship only these, not the whole dictionary. The dictionaries
 * (en.ts, zh.ts) take their `tours` section from here.
 */
import type { Lang } from '../../graph/schema';

export const toursEn = {
  title: 'Guided tours',
  lead: 'Walk through the paper’s argument step by step. Each step explains one part in plain words, with the ideas it is about highlighted on the graph.',
  steps: (n: number) => `${n} steps`,
  start: 'Start the tour',
  progress: (n: number, total: number) => `Step ${n} of ${total}`,
  /** The short form the step navigator shows: "3 / 10". */
  position: (n: number, total: number) => `${n} / ${total}`,
  stepOf: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
  previous: 'Previous step',
  next: 'Next step',
  previousShort: 'Previous',
  nextShort: 'Next',
  navTop: 'Tour steps',
  navBottom: 'Tour steps, after the text',
  backTo: (n: number, title: string) => `Back to step ${n}: ${title}`,
  onTo: (n: number, title: string) => `On to step ${n}: ${title}`,
  keys: 'Tip: the ← and → keys move between steps.',
  stepIdeas: 'Ideas in this step',
  stepLink: 'Link to this step',
  allTours: 'All tours',
  graphLabel: 'The ideas of this tour; the current step’s ideas are highlighted',
  /** Under the graph's drawing on paper, where no step is current. */
  graphPrintCaption: 'The ideas of this tour and their links.',
  finished: 'End of the tour.',
  whatNext: 'Where to go from here',
  nextTour: (title: string) => `Next tour: ${title}`,
  exploreIdeas: 'See this tour’s ideas together on the graph',
  exploreIdeasNote: (focus: string, depth: number, covered: number, total: number) =>
    `The explorer focused on ${focus}, ${depth} step${depth === 1 ? '' : 's'} out: ${covered} of the tour’s ${total} ideas in view.`,
  allToursLink: 'All tours',
  appearsIn: 'Appears in tours',
  embedLabel: 'Share or embed',
  badStep: (raw: string, total: number) =>
    `“step=${raw}” is not a step of this tour (it has ${total}); showing step 1.`,
};

export const toursZh = {
  title: '导览',
  lead: '一步一步走完论文的论证。每一步用平实的语言讲解一个部分，并在图谱上标出相关概念。',
  steps: (n: number) => `共 ${n} 步`,
  start: '开始导览',
  progress: (n: number, total: number) => `第 ${n} 步（共 ${total} 步）`,
  position: (n: number, total: number) => `${n} / ${total}`,
  stepOf: (n: number, total: number, title: string) => `第 ${n} 步（共 ${total} 步）：${title}`,
  previous: '上一步',
  next: '下一步',
  previousShort: '上一步',
  nextShort: '下一步',
  navTop: '导览步骤',
  navBottom: '导览步骤（正文之后）',
  backTo: (n: number, title: string) => `返回第 ${n} 步：${title}`,
  onTo: (n: number, title: string) => `继续第 ${n} 步：${title}`,
  keys: '提示：可用 ← 和 → 键切换步骤。',
  stepIdeas: '本步涉及的概念',
  stepLink: '本步链接',
  allTours: '全部导览',
  graphLabel: '本导览涉及的概念；当前步骤的概念已标出',
  graphPrintCaption: '本导览涉及的概念及其关联。',
  finished: '导览结束。',
  whatNext: '接下来可以',
  nextTour: (title: string) => `下一个导览：${title}`,
  exploreIdeas: '在图谱中集中查看本导览的概念',
  exploreIdeasNote: (focus: string, depth: number, covered: number, total: number) =>
    `图谱探索以“${focus}”为中心、向外 ${depth} 步：可见本导览 ${total} 个概念中的 ${covered} 个。`,
  allToursLink: '全部导览',
  appearsIn: '出现在以下导览中',
  embedLabel: '分享或嵌入',
  badStep: (raw: string, total: number) => `“step=${raw}”不是本导览的步骤（共 ${total} 步）；显示第 1 步。`,
} satisfies typeof toursEn;

export const toursStrings = (lang: Lang): typeof toursEn => (lang === 'en' ? toursEn : toursZh);
