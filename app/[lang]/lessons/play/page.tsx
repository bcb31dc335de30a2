import type { Metadata } from 'next';
import { PlayerPage } from '@/components/lessons/player-page';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { langStaticParams, readLang, type LangProps } from '@/components/route-params';
import { lessonStrings } from '@/content/messages/lesson-strings';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export async function generateMetadata({ params }: LangProps): Promise<Metadata> {
  const lang = await readLang(params);
  const t = lessonStrings(lang);
  return pageMetadata(lang, paths.lessonPlay(lang), t.playerFallbackTitle, t.builderLead);
}

export default async function Page({ params }: LangProps) {
  return <PlayerPage lang={await readLang(params)} />;
}
