import { ExploreListPage } from '@/components/explore-list-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/explore/list/', (m) => ({
  title: m.explore.listPage.title,
  lead: m.explore.listPage.lead,
}));

export default async function Page({ params }: LangProps) {
  return <ExploreListPage lang={await readLang(params)} />;
}
