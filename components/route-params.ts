import { notFound } from 'next/navigation';
import { LANGS, Lang } from '@/graph/schema';

/** Every `/{lang}/…` page is built once per language. */
export const langStaticParams = () => LANGS.map((lang) => ({ lang }));

/** The page's language from its route parameters; anything else is a 404. */
export async function readLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const lang = Lang.safeParse((await params).lang);
  if (!lang.success) notFound();
  return lang.data;
}
