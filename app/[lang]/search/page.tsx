import { SearchPage } from '@/components/search-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/search/', (m) => ({
  title: m.search.pageTitle,
  lead: m.search.pageLead,
}));

export default async function Page({ params }: LangProps) {
  return <SearchPage lang={await readLang(params)} />;
}
