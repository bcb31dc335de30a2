import { NODE_KIND_NAMES } from '@/graph/kinds';
import type { Lang, NodeKind } from '@/graph/schema';

export function KindBadge({ kind, lang }: { kind: NodeKind; lang: Lang }) {
  return <span className={`badge kind-${kind}`}>{NODE_KIND_NAMES[kind][lang].one}</span>;
}
