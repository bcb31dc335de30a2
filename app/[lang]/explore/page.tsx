import { ExplorePage } from '@/components/explore-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/explore/', (m) => ({ title: m.explore.title, lead: m.explore.lead }));

export default async function Page({ params }: LangProps) {
  return <ExplorePage lang={await readLang(params)} />;
}
