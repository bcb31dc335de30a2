/**
 * The kinds of page the size budgets speak of, and which exported HTML files belong to
 * each. Kinds with one page per language are measured on the English page; node pages and
 * tours, many pages per kind, are measured on every page in both languages and reported
 * by their largest (the one a budget must hold for).
 */
export const ROUTE_KIND_IDS = [
  'home',
  'node',
  'explorer',
  'tour',
  'matrix',
  'relations',
  'glossary',
  'sources',
  'data',
  'search',
  'embed',
  'teach',
] as const;
export type RouteKindId = (typeof ROUTE_KIND_IDS)[number];

export interface RouteKind {
  id: RouteKindId;
  /** How the table names it. */
  label: string;
  /** Matches the page's HTML file, relative to out/, with forward slashes. */
  file: RegExp;
  /**
   * Pages still being built on other branches: when out/ has none, the row is skipped
   * with a note instead of failing the run.
   */
  optional: boolean;
}

const single = (id: RouteKindId, label: string, file: string, optional = false): RouteKind => ({
  id,
  label,
  file: new RegExp(`^${file.replace(/[.]/g, '\\.')}$`),
  optional,
});

export const ROUTE_KINDS: readonly RouteKind[] = [
  single('home', 'home /en/', 'en/index.html'),
  { id: 'node', label: 'node pages /{en,zh}/nodes/*/', file: /^(en|zh)\/nodes\/[^/]+\/index\.html$/, optional: false },
  single('explorer', 'explorer /en/explore/', 'en/explore/index.html'),
  { id: 'tour', label: 'tours /{en,zh}/tours/*/', file: /^(en|zh)\/tours\/[^/]+\/index\.html$/, optional: false },
  single('matrix', 'matrix /en/matrix/', 'en/matrix/index.html'),
  single('relations', 'relations /en/relations/', 'en/relations/index.html'),
  single('glossary', 'glossary /en/glossary/', 'en/glossary/index.html'),
  single('sources', 'sources /en/sources/', 'en/sources/index.html'),
  single('data', 'data /en/data/', 'en/data/index.html'),
  single('search', 'search /en/search/', 'en/search/index.html'),
  single('embed', 'embed /embed/', 'embed/index.html', true),
  single('teach', 'teach /en/teach/', 'en/teach/index.html', true),
];

/** The kind an exported HTML file (path relative to out/) belongs to, if any. */
export function routeKindOf(file: string): RouteKind | undefined {
  const posix = file.split('\\').join('/');
  return ROUTE_KINDS.find((k) => k.file.test(posix));
}

/** The address a page is served at: `en/nodes/bias/index.html` → `/en/nodes/bias/`. */
export function pageUrl(file: string): string {
  const posix = file.split('\\').join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}
