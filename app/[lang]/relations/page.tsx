import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/components/metadata';
import { RelationsPage } from '@/components/relations-page';
import { messages } from '@/content/messages';
import { LANGS, Lang } from '@/graph/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = Lang.parse((await params).lang);
  const t = messages(lang).relationsPage;
  return pageMetadata(lang, `/${lang}/relations/`, t.title, t.lead);
}

export default async function Page({ params }: Props) {
  const lang = Lang.safeParse((await params).lang);
  if (!lang.success) notFound();
  return <RelationsPage lang={lang.data} />;
}
