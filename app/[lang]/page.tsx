import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { HomePage } from '@/components/home-page';
import { pageMetadata } from '@/components/metadata';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  return pageMetadata(lang, `/${lang}/`, undefined, messages(lang).siteDescription);
}

export default async function Page({ params }: Props) {
  return <HomePage lang={await readLang(params)} />;
}
