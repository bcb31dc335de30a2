import { MatrixPage } from '@/components/matrix-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/matrix/', (m) => ({ title: m.matrix.title, lead: m.matrix.lead }));

export default async function Page({ params }: LangProps) {
  return <MatrixPage lang={await readLang(params)} />;
}
