import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { DataPage } from '@/components/data-page';
import { pageMetadata } from '@/components/metadata';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  const t = messages(lang);
  return pageMetadata(lang, `/${lang}/data/`, t.data.title, t.data.lead);
}

export default async function Page({ params }: Props) {
  return <DataPage lang={await readLang(params)} />;
}
