import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { pageMetadata } from '@/components/metadata';
import { SourcesPage } from '@/components/sources-page';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  const t = messages(lang);
  return pageMetadata(lang, `/${lang}/sources/`, t.sources.title, t.sources.lead);
}

export default async function Page({ params }: Props) {
  return <SourcesPage lang={await readLang(params)} />;
}
