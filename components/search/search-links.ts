/**
 * Where search results and answers lead. The paper's sections (`/{lang}/paper/#s2-2-1`)
 * and the comparison view (`/{lang}/compare/?a=…&b=…`) are pages other parts of the site
 * provide (DESIGN.md "Public URLs"); the index says whether the build found them
 * (`core.pages`), and search links to them only then.
 */
import type { Lang } from '@/graph/schema';
import type { SearchKind, SearchRecord } from '@/graph/search-index';
import { searchQueryString } from '@/graph/search-params';
import { sectionAnchor } from '@/graph/search-sections';
import { paths } from '../paths';

/** A result's page: the idea's own page, or the section's place on the paper page. */
export const resultHref = (lang: Lang, r: Pick<SearchRecord, 'id' | 'section'>): string =>
  r.section ? `/${lang}/paper/#${sectionAnchor(r.section)}` : paths.node(lang, r.id);

export const compareHref = (lang: Lang, a: string, b: string): string =>
  `/${lang}/compare/?${new URLSearchParams({ a, b }).toString()}`;

/** The governance status section of a challenge's page. */
export const governanceHref = (lang: Lang, id: string): string => `${paths.node(lang, id)}#governance`;

/** The search page for a query, narrowed to one kind of result or not. */
export const searchHref = (lang: Lang, query: string, kind?: SearchKind): string =>
  `/${lang}/search/${searchQueryString(query, kind)}`;
