import type { Metadata } from 'next';
import { BriefPage } from '@/components/brief/brief-pages';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { langStaticParams, readLang, type LangProps } from '@/components/route-params';
import { briefStrings } from '@/content/messages/brief-strings';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export async function generateMetadata({ params }: LangProps): Promise<Metadata> {
  const lang = await readLang(params);
  const s = briefStrings(lang);
  return pageMetadata(lang, paths.brief(lang), s.pageTitle, s.pageLead);
}

export default async function Page({ params }: LangProps) {
  return <BriefPage lang={await readLang(params)} />;
}
