import type { Metadata } from 'next';
import { langStaticParams, readLang } from '@/components/route-params';
import { MatrixPage } from '@/components/matrix-page';
import { pageMetadata } from '@/components/metadata';
import { messages } from '@/content/messages';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await readLang(params);
  const t = messages(lang).matrix;
  return pageMetadata(lang, `/${lang}/matrix/`, t.title, t.lead);
}

export default async function Page({ params }: Props) {
  return <MatrixPage lang={await readLang(params)} />;
}
