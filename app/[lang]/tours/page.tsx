import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { pageMetadata } from '@/components/metadata';
import { ToursIndex } from '@/components/tours/tours-index';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  const t = messages(lang).tours;
  return pageMetadata(lang, `/${lang}/tours/`, t.title, t.lead);
}

export default async function Page({ params }: Props) {
  return <ToursIndex lang={await readLang(params)} />;
}
