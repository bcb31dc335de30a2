import { ToursIndex } from '@/components/tours/tours-index';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/tours/', (m) => ({ title: m.tours.title, lead: m.tours.lead }));

export default async function Page({ params }: LangProps) {
  return <ToursIndex lang={await readLang(params)} />;
}
