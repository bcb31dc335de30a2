import { SourcesPage } from '@/components/sources-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/sources/', (m) => ({ title: m.sources.title, lead: m.sources.lead }));

export default async function Page({ params }: LangProps) {
  return <SourcesPage lang={await readLang(params)} />;
}
