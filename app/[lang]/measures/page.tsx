import type { Metadata } from 'next';
import { MeasuresPage } from '@/components/measures/measures-page';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { langStaticParams, readLang, type LangProps } from '@/components/route-params';
import { measuresStrings } from '@/content/messages/measures-strings';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export async function generateMetadata({ params }: LangProps): Promise<Metadata> {
  const lang = await readLang(params);
  const s = measuresStrings(lang);
  return pageMetadata(lang, paths.measures(lang), s.title, s.lead);
}

export default async function Page({ params }: LangProps) {
  return <MeasuresPage lang={await readLang(params)} />;
}
