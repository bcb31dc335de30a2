import type { Metadata } from 'next';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { PracticePage } from '@/components/practice/practice-page';
import { langStaticParams, readLang, type LangProps } from '@/components/route-params';
import { practiceStrings } from '@/content/messages/practice-strings';

export const dynamicParams = false;
export const generateStaticParams = langStaticParams;

export async function generateMetadata({ params }: LangProps): Promise<Metadata> {
  const lang = await readLang(params);
  const t = practiceStrings(lang);
  return pageMetadata(lang, paths.practice(lang), t.title, t.lead);
}

export default async function Page({ params }: LangProps) {
  return <PracticePage lang={await readLang(params)} />;
}
