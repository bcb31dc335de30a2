/** The glossary filter's strings, in a module of their own for its client component. */
import type { Lang } from '../../graph/schema';

export const glossaryFilterEn = {
  label: 'Filter the terms',
  placeholder: 'e.g. bias, 涌现, yongxian, yx',
  hint: 'In English, Chinese, pinyin or pinyin initials.',
  kinds: 'Show only',
  count: (shown: number, total: number) => (shown === total ? `All ${total} terms` : `${shown} of ${total} terms`),
  none: 'No term matches. Clear the filter to see them all.',
  clear: 'Clear the filter',
  loadFailed: 'The filter could not load the search index; every term is shown.',
};

export const glossaryFilterZh = {
  label: '筛选术语',
  placeholder: '如：偏见、涌现、yongxian、yx',
  hint: '可用中文、英文、拼音或拼音首字母。',
  kinds: '只看',
  count: (shown: number, total: number) =>
    shown === total ? `全部 ${total} 个术语` : `${total} 个术语中的 ${shown} 个`,
  none: '没有匹配的术语。清除筛选即可查看全部。',
  clear: '清除筛选',
  loadFailed: '筛选无法加载搜索索引，已显示全部术语。',
} satisfies typeof glossaryFilterEn;

export const glossaryFilterStrings = (lang: Lang): typeof glossaryFilterEn =>
  lang === 'en' ? glossaryFilterEn : glossaryFilterZh;
