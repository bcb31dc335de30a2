import { ComparePage } from '@/components/compare/compare-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/compare/', (m) => ({ title: m.compare.title, lead: m.compare.lead }));

export default async function Page({ params }: LangProps) {
  return <ComparePage lang={await readLang(params)} />;
}
