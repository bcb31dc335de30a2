import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { NodePage } from '@/components/node-page';
import { loadGraph } from '@/graph/load';
import { LANGS, Lang } from '@/graph/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => loadGraph().graph.nodes.map((n) => ({ lang, id: n.id })));
}

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: rawLang, id } = await params;
  const lang = Lang.parse(rawLang);
  const node = loadGraph().node.get(id);
  if (node === undefined) return {};
  return pageMetadata(lang, paths.node(lang, id), node.label[lang], node.summary[lang], paths.oembedNode(lang, id));
}

export default async function Page({ params }: Props) {
  const { lang: rawLang, id } = await params;
  const lang = Lang.safeParse(rawLang);
  const node = loadGraph().node.get(id);
  if (!lang.success || node === undefined) notFound();
  return <NodePage lang={lang.data} node={node} />;
}
