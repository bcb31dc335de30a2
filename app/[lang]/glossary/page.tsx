import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GlossaryPage } from '@/components/glossary-page';
import { pageMetadata } from '@/components/metadata';
import { messages } from '@/content/messages';
import { LANGS, Lang } from '@/graph/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = Lang.parse((await params).lang);
  const t = messages(lang).glossary;
  return pageMetadata(lang, `/${lang}/glossary/`, t.title, t.lead);
}

export default async function Page({ params }: Props) {
  const lang = Lang.safeParse((await params).lang);
  if (!lang.success) notFound();
  return <GlossaryPage lang={lang.data} />;
}
