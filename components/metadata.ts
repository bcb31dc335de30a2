import type { Metadata } from 'next';
import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { BASE_PATH, SITE_URL, htmlLang, switchLangPath } from './paths';

/**
 * Title, description, canonical URL and hreflang alternates of a page in both languages;
 * `oembed` is the path of the page's oEmbed response, announced for platforms that embed
 * a pasted link.
 */
export function pageMetadata(
  lang: Lang,
  path: string,
  title: string | undefined,
  description: string,
  oembed?: string,
): Metadata {
  const t = messages(lang);
  const abs = (p: string) => `${SITE_URL}${BASE_PATH}${p}`;
  return {
    title: title === undefined ? t.siteTitle : `${title} · ${t.siteShortTitle}`,
    description,
    alternates: {
      canonical: abs(path),
      languages: {
        en: abs(switchLangPath(path, 'en')),
        'zh-Hans': abs(switchLangPath(path, 'zh')),
        'x-default': abs('/'),
      },
      ...(oembed ? { types: { 'application/json+oembed': [{ url: abs(oembed), title: title ?? t.siteTitle }] } } : {}),
    },
    openGraph: {
      title: title ?? t.siteTitle,
      description,
      locale: htmlLang(lang) === 'en' ? 'en' : 'zh_CN',
      type: 'website',
    },
  };
}
