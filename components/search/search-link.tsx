'use client';

/**
 * A link to the search page for another query or kind, from the search page itself: the
 * address changes without a reload (pushSearch), so the results follow at once; without
 * JavaScript, or opened in a new tab, it is a plain link.
 */
import type { ReactNode } from 'react';
import type { Lang } from '@/graph/schema';
import type { SearchKind } from '@/graph/search-index';
import { searchQueryString } from '@/graph/search-params';
import { withBase } from '../paths';
import { pushSearch } from '../use-client';
import { searchHref } from './search-links';

interface Props {
  lang: Lang;
  query: string;
  kind?: SearchKind;
  current?: boolean;
  children: ReactNode;
}

export function SearchLink({ lang, query, kind, current, children }: Props) {
  return (
    <a
      href={withBase(searchHref(lang, query, kind))}
      aria-current={current ? 'true' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        pushSearch(searchQueryString(query, kind));
        window.scrollTo({ top: 0 });
      }}
    >
      {children}
    </a>
  );
}
