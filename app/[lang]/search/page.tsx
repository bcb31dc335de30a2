import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/components/metadata';
import { SearchPage } from '@/components/search-page';
import { messages } from '@/content/messages';
import { LANGS, Lang } from '@/graph/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = Lang.parse((await params).lang);
  const t = messages(lang).search;
  return pageMetadata(lang, `/${lang}/search/`, t.pageTitle, t.pageLead);
}

export default async function Page({ params }: Props) {
  const lang = Lang.safeParse((await params).lang);
  if (!lang.success) notFound();
  return <SearchPage lang={lang.data} />;
}
