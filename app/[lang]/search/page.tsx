import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { pageMetadata } from '@/components/metadata';
import { SearchPage } from '@/components/search-page';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  const t = messages(lang).search;
  return pageMetadata(lang, `/${lang}/search/`, t.pageTitle, t.pageLead);
}

export default async function Page({ params }: Props) {
  return <SearchPage lang={await readLang(params)} />;
}
