import { TeachPage } from '@/components/teach-page';
import './teach.css';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/teach/', (m) => ({ title: m.teach.title, lead: m.teach.lead }));

export default async function Page({ params }: LangProps) {
  return <TeachPage lang={await readLang(params)} />;
}
