import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { pageMetadata } from '@/components/metadata';
import { RelationsPage } from '@/components/relations-page';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  const t = messages(lang).relationsPage;
  return pageMetadata(lang, `/${lang}/relations/`, t.title, t.lead);
}

export default async function Page({ params }: Props) {
  return <RelationsPage lang={await readLang(params)} />;
}
