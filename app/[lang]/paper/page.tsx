import { PaperPage } from '@/components/paper/paper-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/paper/', (m) => ({ title: m.paper.title, lead: m.paper.lead }));

export default async function Page({ params }: LangProps) {
  return <PaperPage lang={await readLang(params)} />;
}
