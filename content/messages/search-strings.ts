/**
 * The search strings every page needs (the palette in the header, the explorer's
 * highlight, the search page's title), in a module of their own so that the client
 * components that need them ship only these, not the whole dictionary. The search page's
 * own strings are in search-page-strings.ts. The dictionaries (en.ts, zh.ts) take their
 * `search` section from here.
 */
import type { Lang } from '../../graph/schema';

export const searchEn = {
  open: 'Search',
  shortcut: 'Press / or Ctrl+K',
  dialogLabel: 'Search the framework',
  inputLabel: 'Search ideas, in English, Chinese or pinyin',
  placeholder: 'e.g. bias, privacy measures, emergence vs homogenization',
  close: 'Close search',
  loading: 'Loading the search index…',
  loadFailed: 'The search index could not be loaded. Try again, or browse from the overview.',
  noResults: (q: string) => `Nothing matches “${q}”.`,
  noneMatchAll: (terms: string) => `No idea matches all of: ${terms}. Ideas that match some of them are listed.`,
  count: (n: number) => `${n} result${n === 1 ? '' : 's'}`,
  showing: (shown: number, total: number) => `The best ${shown} of ${total} results.`,
  hint: 'Use ↑ and ↓ to move, Enter to open, Esc to close.',
  inBody: 'mentioned in the explanation',
  partial: (matched: number, of: number) => `${matched} of ${of} words`,
  seeAll: (n: number) => `See all ${n} results`,
  didYouMean: (q: string) => `Did you mean “${q}”?`,
  alone: (term: string, n: number) => `“${term}” alone: ${n === 0 ? 'nothing' : `${n} result${n === 1 ? '' : 's'}`}`,
  glossary: 'Browse the glossary',
  explorer: 'Explore the whole graph',
  compare: (a: string, b: string) => `Compare “${a}” and “${b}”`,
  governance: (c: string, n: number) =>
    n === 0
      ? `Governance of “${c}”: no measure in the paper reaches it`
      : `Governance of “${c}”: ${n} measure${n === 1 ? '' : 's'} address${n === 1 ? 'es' : ''} it`,
  limits: (m: string, n: number) =>
    n === 0 ? `Limits of “${m}”: the paper names none` : `Limits of “${m}”: ${n} limitation${n === 1 ? '' : 's'}`,
  section: { one: 'Section of the paper', many: 'Sections of the paper' },
  pageTitle: 'Search',
  pageLead:
    'Search every idea of the framework by its name, a synonym, its summary or words in its explanation — in English, Chinese or pinyin. Ask in phrases and questions too: “privacy measures”, “emergence vs homogenization”, “数据清洗有哪些局限”.',
  resultsFor: (q: string) => `Results for “${q}”`,
  emptyQuery: 'Type a word or a question to search.',
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
  placeholder: '如：偏见、隐私的治理措施、涌现性和同质性的区别',
  close: '关闭搜索',
  loading: '正在加载搜索索引……',
  loadFailed: '搜索索引加载失败。请重试，或从总览页浏览。',
  noResults: (q: string) => `没有与“${q}”匹配的内容。`,
  noneMatchAll: (terms: string) => `没有概念同时包含：${terms}。下面列出包含其中部分词语的概念。`,
  count: (n: number) => `共 ${n} 条结果`,
  showing: (shown: number, total: number) => `共 ${total} 条结果，这里显示最相关的 ${shown} 条。`,
  hint: '用 ↑ ↓ 移动，回车打开，Esc 关闭。',
  inBody: '见于解说正文',
  partial: (matched: number, of: number) => `部分匹配（${matched}/${of}）`,
  seeAll: (n: number) => `查看全部 ${n} 条结果`,
  didYouMean: (q: string) => `你是不是要找“${q}”？`,
  alone: (term: string, n: number) => `只搜“${term}”：${n === 0 ? '无结果' : `${n} 条结果`}`,
  glossary: '浏览术语表',
  explorer: '浏览整个图谱',
  compare: (a: string, b: string) => `比较“${a}”与“${b}”`,
  governance: (c: string, n: number) =>
    n === 0 ? `“${c}”的治理：论文中没有措施涉及` : `“${c}”的治理：有 ${n} 项措施应对`,
  limits: (m: string, n: number) => (n === 0 ? `“${m}”的局限：论文未指出` : `“${m}”的局限：共 ${n} 项`),
  section: { one: '论文章节', many: '论文章节' },
  pageTitle: '搜索',
  pageLead:
    '按名称、同义词、摘要或解说中的词语搜索框架中的每个概念——可用中文、英文或拼音，也可以用短语或问题提问，如“隐私的治理措施”“涌现性和同质性的区别”“what limits data cleaning”。',
  resultsFor: (q: string) => `“${q}”的搜索结果`,
  emptyQuery: '请输入要搜索的词语或问题。',
  noscript: '搜索结果需要 JavaScript，而本浏览器已将其关闭。以下页面也列出了各个概念，并链接到各自的页面：',
  submit: '搜索',
  highlightLabel: '在图谱中标出概念',
  highlightCount: (n: number) => `已标出 ${n} 个概念`,
} satisfies typeof searchEn;

export const searchStrings = (lang: Lang): typeof searchEn => (lang === 'en' ? searchEn : searchZh);
