/**
 * The reading companion's strings, and those of the places that point into it (a node's
 * place in the paper, the explorer's section filter, the paper's identity), in a module of
 * their own so a client component that needs a few of them ships only these.
 */
import type { Lang } from '../../graph/schema';

export const paperEn = {
  nav: 'The paper',
  title: 'Read along with the paper',
  lead: 'The paper section by section, in its own order: what each section argues and how it leads to the next, in our words, and the ideas of this site it introduces or develops — with a few short quotations of its own words. Keep the paper open beside this page; this page is a guide to it, not a copy of it.',
  contents: 'Sections of the paper',
  backToContents: 'Back to the sections',
  ourSummary: 'In brief (our summary)',
  headingNote: 'The paper gives this passage no heading of its own.',
  ideas: (n: number) => `${n} idea${n === 1 ? '' : 's'} of this site`,
  noIdeas: 'No idea of this site is cited to this heading itself; its ideas are under its subsections.',
  firstHere: 'first appears here',
  showInExplorer: 'Show these ideas in the explorer',
  quoteNote:
    'Quotations are the paper’s words (Chinese), linked to the idea they state; each idea’s own page has all of them.',
  // The paper's identity, wherever the paper is named.
  identityTitle: 'The paper',
  identityNotGiven:
    'The text this site is built from does not print the paper’s title, authors or venue, so the site does not state them. Cite the paper from its published record.',
  identityGiven: 'This site presents the framework of:',
  // A node's place in the paper.
  whereTitle: 'Where it is in the paper',
  whereIntro: (n: number) =>
    `The paper’s sections, with the ${n === 1 ? 'one' : n} this idea is cited from marked. Each links to that section on the reading companion.`,
  citedHere: 'cited here',
  // The explorer's section filter.
  filterLabel: 'Section of the paper',
  filterAll: 'All sections',
  filterChip: (section: string) => `Only ${section}`,
};

export const paperZh = {
  nav: '论文导读',
  title: '对照论文阅读',
  lead: '按论文自身的顺序逐节导读：用我们自己的话概括每一节论证了什么、如何引出下一节，并列出该节提出或展开的本站概念，附少量原文短引。阅读时请把论文放在一旁对照；本页是导读，不是原文的副本。',
  contents: '论文各节',
  backToContents: '返回各节目录',
  ourSummary: '概要（编者概括）',
  headingNote: '原文中这一段没有单独的小标题。',
  ideas: (n: number) => `本站的 ${n} 个概念`,
  noIdeas: '本站没有概念直接引用这一标题本身；相关概念见其下各小节。',
  firstHere: '首次出现',
  showInExplorer: '在图谱探索中查看这些概念',
  quoteNote: '引文为论文原文，链接到其所陈述的概念；每个概念的页面列有全部引文。',
  identityTitle: '论文',
  identityNotGiven:
    '本站所依据的文本没有印出论文的题名、作者和出处，因此本站不予标注。引用论文时请以其正式发表的版本为准。',
  identityGiven: '本站呈现的框架出自：',
  whereTitle: '在论文中的位置',
  whereIntro: (n: number) => `论文各节一览，已标出引用本概念的 ${n} 节；每一节都链接到导读中的对应位置。`,
  citedHere: '在此引用',
  filterLabel: '论文章节',
  filterAll: '全部章节',
  filterChip: (section: string) => `仅限${section}`,
} satisfies typeof paperEn;

export const paperStrings = (lang: Lang): typeof paperEn => (lang === 'en' ? paperEn : paperZh);
