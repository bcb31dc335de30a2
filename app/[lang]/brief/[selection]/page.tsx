import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PREBUILT, PrebuiltBriefPage, prebuiltTitle } from '@/components/brief/brief-pages';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { briefStrings } from '@/content/messages/brief-strings';
import { LANGS, Lang } from '@/graph/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => PREBUILT.map((selection) => ({ lang, selection })));
}

type Props = { params: Promise<{ lang: string; selection: string }> };

async function read(params: Props['params']) {
  const { lang: rawLang, selection: raw } = await params;
  const lang = Lang.safeParse(rawLang);
  const selection = PREBUILT.find((p) => p === raw);
  if (!lang.success || selection === undefined) notFound();
  return { lang: lang.data, selection };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, selection } = await read(params);
  return pageMetadata(lang, paths.briefOf(lang, selection), prebuiltTitle(lang, selection), briefStrings(lang).intro);
}

export default async function Page({ params }: Props) {
  const { lang, selection } = await read(params);
  return <PrebuiltBriefPage lang={lang} selection={selection} />;
}
