'use client';

/**
 * The search page's filters: one link per kind of result with its count, and "All". A
 * filter is part of the address (`&kind=`), so a narrowed search can be shared.
 */
import { searchPageStrings } from '@/content/messages/search-page-strings';
import type { Lang } from '@/graph/schema';
import { KIND_ORDER, type SearchKind } from '@/graph/search-kinds';
import { kindName } from './kind-name';
import { SearchLink } from './search-link';

interface Props {
  lang: Lang;
  query: string;
  total: number;
  kinds: Partial<Record<SearchKind, number>>;
  current: SearchKind | undefined;
}

export function KindFilter({ lang, query, total, kinds, current }: Props) {
  const t = searchPageStrings(lang);
  const entries: [SearchKind | undefined, string, number][] = [
    [undefined, t.all, total],
    ...KIND_ORDER.flatMap((k): [SearchKind, string, number][] => {
      const n = kinds[k] ?? 0;
      return n > 0 ? [[k, kindName(k, lang, 'many'), n]] : [];
    }),
  ];
  return (
    <nav className="kind-filter" aria-label={t.filterLabel}>
      <ul>
        {entries.map(([kind, name, n]) => (
          <li key={kind ?? 'all'}>
            <SearchLink lang={lang} query={query} kind={kind} current={kind === current}>
              {name} <span className="count">{n}</span>
            </SearchLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
