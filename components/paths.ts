/**
 * Every internal URL of the site, in one place (DESIGN.md "Public URLs"). Paths are
 * written without the base path: next/link adds it; `withBase` is for plain <a> and
 * <script> tags.
 */
import type { Lang } from '@/graph/schema';

export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export const withBase = (path: string) => `${BASE_PATH}${path}`;

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  node: (lang: Lang, id: string) => `/${lang}/nodes/${id}/`,
  tours: (lang: Lang) => `/${lang}/tours/`,
  matrix: (lang: Lang, anchor?: string) => `/${lang}/matrix/${anchor ? `#${anchor}` : ''}`,
  /** The measures table; `query` is its filters (graph/policy-params.ts). */
  measures: (lang: Lang, query = '') => `/${lang}/measures/${query}`,
  /** The brief composer; `query` is its selection (graph/policy-params.ts). */
  brief: (lang: Lang, query = '') => `/${lang}/brief/${query}`,
  /** A brief built at build time: every challenge, or one level's. */
  briefOf: (lang: Lang, selection: string) => `/${lang}/brief/${selection}/`,
  relations: (lang: Lang) => `/${lang}/relations/`,
  glossary: (lang: Lang) => `/${lang}/glossary/`,
  tour: (lang: Lang, id: string, step?: number) => `/${lang}/tours/${id}/${step ? `?step=${step}` : ''}`,
  explore: (lang: Lang, query = '') => `/${lang}/explore/${query}`,
  /** Every idea and link as a plain list: the explorer for readers without JavaScript. */
  exploreList: (lang: Lang) => `/${lang}/explore/list/`,
  sources: (lang: Lang, anchor?: string) => `/${lang}/sources/${anchor ? `#${anchor}` : ''}`,
  data: (lang: Lang) => `/${lang}/data/`,
  search: (lang: Lang, q?: string) => `/${lang}/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  teach: (lang: Lang) => `/${lang}/teach/`,
  /** The lesson builder; `query` may carry a lesson to edit (`?lesson=…`). */
  lessonsNew: (lang: Lang, query = '') => `/${lang}/lessons/new/${query}`,
  /** A lesson's player; the lesson is in `query` (graph/lesson-codec.ts). */
  lessonPlay: (lang: Lang, query = '') => `/${lang}/lessons/play/${query}`,
  practice: (lang: Lang, query = '') => `/${lang}/practice/${query}`,
  /** The question bank for embeds (see scripts/build-embed.ts). */
  embedQuestions: (lang: Lang) => `/embed/questions.${lang}.json`,
  /** The reading companion; `anchor` is a section's (graph/sections.ts sectionAnchor). */
  paper: (lang: Lang, anchor?: string) => `/${lang}/paper/${anchor ? `#${anchor}` : ''}`,
  /** Two ideas side by side; `anchor` names a pre-rendered comparison on the page. */
  compare: (lang: Lang, a?: string, b?: string, anchor?: string) => {
    const q = new URLSearchParams();
    if (a) q.set('a', a);
    if (b) q.set('b', b);
    const query = q.toString();
    return `/${lang}/compare/${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
  },
  embed: (query = '') => `/embed/${query}`,
  /** A tour's step texts as HTML, for embeds (see scripts/build-embed.ts). */
  embedTourText: (id: string, lang: Lang) => `/embed/tours/${id}.${lang}.json`,
  /** An idea's explanation as HTML and its citations, for lessons (see scripts/build-embed.ts). */
  embedNodeText: (id: string, lang: Lang) => `/embed/nodes/${id}.${lang}.json`,
  oembedNode: (lang: Lang, id: string) => `/oembed/${lang}/nodes/${id}.json`,
  oembedTour: (lang: Lang, id: string) => `/oembed/${lang}/tours/${id}.json`,
  graphJson: () => '/data/graph.json',
  /** ELK's web worker, copied from elkjs by the build (scripts/copy-vendor.ts). */
  elkWorker: () => '/vendor/elk-worker.min.js',
  graphSchema: () => '/data/graph.schema.json',
};

/** The `lang` attribute for a site language: Chinese text is Simplified Chinese. */
export const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-Hans' : 'en');

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/** The same page in the other language: only the first path segment changes. */
export function switchLangPath(pathname: string, to: Lang): string {
  const m = /^\/(en|zh)(\/.*)?$/.exec(pathname);
  return m ? `/${to}${m[2] ?? '/'}` : `/${to}/`;
}

/** Absolute site URL for metadata (hreflang, canonical); set SITE_URL when deploying. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
