import { RelationsPage } from '@/components/relations-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/relations/', (m) => ({
  title: m.relationsPage.title,
  lead: m.relationsPage.lead,
}));

export default async function Page({ params }: LangProps) {
  return <RelationsPage lang={await readLang(params)} />;
}
