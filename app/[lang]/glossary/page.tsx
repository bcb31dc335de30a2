import { GlossaryPage } from '@/components/glossary-page';
import { langMetadata, langStaticParams, readLang, type LangProps } from '@/components/route-params';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export const generateMetadata = langMetadata('/glossary/', (m) => ({ title: m.glossary.title, lead: m.glossary.lead }));

export default async function Page({ params }: LangProps) {
  return <GlossaryPage lang={await readLang(params)} />;
}
