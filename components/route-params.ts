import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { messages, type Messages } from '@/content/messages';
import { pageMetadata } from './metadata';
import { LANGS, Lang } from '@/graph/schema';

/** Every `/{lang}/…` page is built once per language. */
export const langStaticParams = () => LANGS.map((lang) => ({ lang }));

/** The page's language from its route parameters; anything else is a 404. */
export async function readLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const lang = Lang.safeParse((await params).lang);
  if (!lang.success) notFound();
  return lang.data;
}

export type LangProps = { params: Promise<{ lang: string }> };

/**
 * generateMetadata for a `/{lang}/<path>` page whose title and description are strings of
 * the UI dictionary.
 */
export function langMetadata(path: string, pick: (m: Messages) => { title: string; lead: string }) {
  return async ({ params }: LangProps): Promise<Metadata> => {
    const lang = await readLang(params);
    const { title, lead } = pick(messages(lang));
    return pageMetadata(lang, `/${lang}${path}`, title, lead);
  };
}
