import Link from 'next/link';
import type { Lang, Node } from '@/graph/schema';
import { paths } from './paths';

/** A link to a node's page, labelled in the page's language, with a kind marker for colour. */
export function NodeLink({ node, lang }: { node: Node; lang: Lang }) {
  return (
    <Link href={paths.node(lang, node.id)} className={`node-link kind-${node.kind}`}>
      {node.label[lang]}
    </Link>
  );
}
