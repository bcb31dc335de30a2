/** What each kind of search result is called: the graph's node kinds, and the paper's sections. */
import { searchStrings } from '@/content/messages/search-strings';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import type { Lang } from '@/graph/schema';
import type { SearchKind } from '@/graph/search-index';

export const kindName = (kind: SearchKind, lang: Lang, n: 'one' | 'many'): string =>
  kind === 'section' ? searchStrings(lang).section[n] : NODE_KIND_NAMES[kind][lang][n];
