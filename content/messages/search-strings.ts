/**
 * The search strings in both languages, in a module of their own so that the client
 * components that need them ship only these, not the whole dictionary. The dictionaries
 * (en.ts, zh.ts) take their `search` section from here.
 */
import type { Lang } from '../../graph/schema';

export const searchEn = {
  open: 'Search',
  shortcut: 'Press / or Ctrl+K',
  dialogLabel: 'Search the framework',
  inputLabel: 'Search ideas, in English, Chinese or pinyin',
  placeholder: 'e.g. bias, 隐私, yinsi, foundation model',
  close: 'Close search',
  loading: 'Loading the search index…',
  loadFailed: 'The search index could not be loaded. Try again, or browse from the overview.',
  noResults: (q: string) => `Nothing matches “${q}”.`,
  count: (n: number) => `${n} result${n === 1 ? '' : 's'}`,
  hint: 'Use ↑ and ↓ to move, Enter to open, Esc to close.',
  inBody: 'mentioned in the explanation',
  pageTitle: 'Search',
  pageLead:
    'Search every idea of the framework by its name, a synonym, its summary or words in its explanation — in English, Chinese or pinyin.',
  resultsFor: (q: string) => `Results for “${q}”`,
  emptyQuery: 'Type a word to search.',
  noscript:
    'Search results need JavaScript, which is off in this browser. The ideas are also listed, each with a link to its page, in:',
  submit: 'Search',
  highlightLabel: 'Highlight ideas on the graph',
  highlightCount: (n: number) => `${n} idea${n === 1 ? '' : 's'} highlighted`,
};

export const searchZh = {
  open: '搜索',
  shortcut: '按 / 或 Ctrl+K',
  dialogLabel: '搜索框架',
  inputLabel: '搜索概念（中文、英文或拼音）',
  placeholder: '如：隐私、偏见、yinsi、bias',
  close: '关闭搜索',
  loading: '正在加载搜索索引……',
  loadFailed: '搜索索引加载失败。请重试，或从总览页浏览。',
  noResults: (q: string) => `没有与“${q}”匹配的内容。`,
  count: (n: number) => `共 ${n} 条结果`,
  hint: '用 ↑ ↓ 移动，回车打开，Esc 关闭。',
  inBody: '见于解说正文',
  pageTitle: '搜索',
  pageLead: '按名称、同义词、摘要或解说中的词语搜索框架中的每个概念——可用中文、英文或拼音。',
  resultsFor: (q: string) => `“${q}”的搜索结果`,
  emptyQuery: '请输入要搜索的词语。',
  noscript: '搜索结果需要 JavaScript，而本浏览器已将其关闭。以下页面也列出了各个概念，并链接到各自的页面：',
  submit: '搜索',
  highlightLabel: '在图谱中标出概念',
  highlightCount: (n: number) => `已标出 ${n} 个概念`,
} satisfies typeof searchEn;

export const searchStrings = (lang: Lang): typeof searchEn => (lang === 'en' ? searchEn : searchZh);
