import { DataPage } from '@/components/data-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/data/', (m) => ({ title: m.data.title, lead: m.data.lead }));

export default async function Page({ params }: LangProps) {
  return <DataPage lang={await readLang(params)} />;
}
