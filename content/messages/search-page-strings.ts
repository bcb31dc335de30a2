/**
 * The strings of the search page's results (`/{lang}/search/?q=…`) in both languages: the
 * summary, the kind filters, the answers to questions, and the way on when nothing
 * matches. In a module of their own, so only the search page ships them.
 */
import type { Lang } from '../../graph/schema';

export const searchPageEn = {
  summary: (total: number, complete: number, terms: number) =>
    terms <= 1 || complete === total
      ? `${total} result${total === 1 ? '' : 's'}.`
      : `${total} results: ${complete} match every word, ${total - complete} some of them.`,
  searchedFor: (terms: string) => `Searched for ${terms}`,
  leftOut: (words: string) => `; left out: ${words}`,
  answered: (words: string) => `; answered above: ${words}`,
  corrected: (typed: string, to: string) => `“${typed}” was read as “${to}”.`,
  filterLabel: 'Show results of one kind',
  all: 'All',
  groupHeading: (kind: string, n: number) => `${kind} (${n})`,
  partial: (missing: string) => `does not mention ${missing}`,
  compareTitle: (a: string, b: string) => `“${a}” and “${b}”, side by side`,
  compareOpen: 'Open the full comparison',
  compareEach: 'Each idea has its own page, with its links and the paper’s words.',
  governanceTitle: (c: string) => `How current governance reaches “${c}”`,
  gap: (c: string) => `No measure or recommendation in the paper reaches “${c}”: it is a gap in current governance.`,
  stance: (stated: boolean, via: string | undefined) =>
    ` (${stated ? 'stated in the paper' : 'inferred by the editors'}${via ? `; through ${via}, which it is part of` : ''})`,
  limitedBy: ' — limited by: ',
  governanceOpen: (c: string) => `The governance status of “${c}”`,
  limitsTitle: (m: string) => `What limits “${m}”`,
  noLimits: (m: string) => `The paper names no limitation of “${m}”.`,
  inheritedFrom: (m: string) => ` (as part of “${m}”)`,
  answeredBy: ' — the paper recommends: ',
  answerLabel: 'The answer to your question',
  wayOn: 'Where to look instead',
  suggestionsHeading: 'Did you mean',
  aloneHeading: 'Each word on its own',
  aloneCount: (n: number) => (n === 0 ? 'no results' : `${n} result${n === 1 ? '' : 's'}`),
  elsewhereHeading: 'Or browse',
  glossary: 'the glossary of every term',
  explorer: 'the whole graph in the explorer',
  sources: 'the works the paper cites',
  partialHeading: 'Ideas that match some of your words',
  unknownKind: (v: string) => `The kind “${v}” in the address is not a kind of idea, so every result is shown.`,
  bodyMissing: 'The explanations could not be searched, so these results come from names and summaries only.',
};

export const searchPageZh = {
  summary: (total: number, complete: number, terms: number) =>
    terms <= 1 || complete === total
      ? `共 ${total} 条结果。`
      : `共 ${total} 条结果：${complete} 条包含全部词语，${total - complete} 条包含部分词语。`,
  searchedFor: (terms: string) => `搜索的词语：${terms}`,
  leftOut: (words: string) => `；略去：${words}`,
  answered: (words: string) => `；已在上方回答：${words}`,
  corrected: (typed: string, to: string) => `“${typed}”按“${to}”搜索。`,
  filterLabel: '只显示一类结果',
  all: '全部',
  groupHeading: (kind: string, n: number) => `${kind}（${n}）`,
  partial: (missing: string) => `未提及：${missing}`,
  compareTitle: (a: string, b: string) => `“${a}”与“${b}”对照`,
  compareOpen: '打开完整对比',
  compareEach: '每个概念都有自己的页面，列出其关联和论文原文。',
  governanceTitle: (c: string) => `现有治理如何应对“${c}”`,
  gap: (c: string) => `论文中没有任何措施或建议涉及“${c}”：这是现有治理的空白。`,
  stance: (stated: boolean, via: string | undefined) =>
    `（${stated ? '论文明言' : '编者推断'}${via ? `；经由其所属的“${via}”` : ''}）`,
  limitedBy: '——局限：',
  governanceOpen: (c: string) => `“${c}”的治理状况`,
  limitsTitle: (m: string) => `“${m}”的局限`,
  noLimits: (m: string) => `论文没有指出“${m}”的局限。`,
  inheritedFrom: (m: string) => `（作为“${m}”的一部分）`,
  answeredBy: '——论文的建议：',
  answerLabel: '对问题的回答',
  wayOn: '换个方式查找',
  suggestionsHeading: '你是不是要找',
  aloneHeading: '单独搜索每个词',
  aloneCount: (n: number) => (n === 0 ? '无结果' : `${n} 条结果`),
  elsewhereHeading: '也可以浏览',
  glossary: '收录全部术语的术语表',
  explorer: '图谱浏览器中的整个图谱',
  sources: '论文引用的文献',
  partialHeading: '包含部分词语的概念',
  unknownKind: (v: string) => `地址中的类别“${v}”不是概念的类别，因此显示全部结果。`,
  bodyMissing: '解说正文未能加载，以下结果仅来自名称和摘要。',
} satisfies typeof searchPageEn;

export const searchPageStrings = (lang: Lang): typeof searchPageEn => (lang === 'en' ? searchPageEn : searchPageZh);
